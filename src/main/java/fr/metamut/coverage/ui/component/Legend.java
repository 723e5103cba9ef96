package fr.metamut.coverage.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Explains the matrix colours, as in the report: orange gap, blue doublon, red demand without offer. */
public class Legend extends Div {

    public Legend() {
        setId("coverage-legend");
        addClassName("cov-legend");
        add(item("cov-gap", "0", getTranslation("legend.gap")),
                item("cov-single", "1", getTranslation("legend.single")),
                item("cov-doublon", "2", getTranslation("legend.doublon")),
                item("cov-gap cov-demand", "0", getTranslation("legend.demand")),
                item("cov-absent", "0", getTranslation("legend.absent")),
                item("cov-gap cov-planned", "0", getTranslation("legend.planned")));
    }

    private Div item(String classes, String sample, String text) {
        Span swatch = new Span(sample);
        swatch.addClassName("cov-cell");
        for (String c : classes.split(" ")) {
            swatch.addClassName(c);
        }
        Div item = new Div(swatch, new Span(text));
        item.addClassName("cov-legend-item");
        return item;
    }
}
