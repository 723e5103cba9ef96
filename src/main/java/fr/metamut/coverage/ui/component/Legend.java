package fr.metamut.coverage.ui.component;

import com.vaadin.flow.component.html.Div;
import fr.metamut.base.ui.component.SvgPicture;

/**
 * Explains the matrix colours, as in the report: orange gap, blue doublon, red demand without offer. Drawn once
 * and never changed, so it is markup under this one server node (as components it made 31 of the matrix
 * page's server nodes).
 */
public class Legend extends Div {

    public Legend() {
        setId("coverage-legend");
        addClassName("cov-legend");
        getElement().setProperty("innerHTML", item("cov-gap", "0", getTranslation("legend.gap"))
                + item("cov-single", "1", getTranslation("legend.single"))
                + item("cov-doublon", "2", getTranslation("legend.doublon"))
                + item("cov-gap cov-demand", "0", getTranslation("legend.demand"))
                + item("cov-absent", "0", getTranslation("legend.absent"))
                + item("cov-gap cov-planned", "0", getTranslation("legend.planned")));
    }

    private static String item(String classes, String sample, String text) {
        return "<div class=\"cov-legend-item\"><span class=\"cov-cell " + classes + "\">" + sample + "</span><span>"
                + SvgPicture.escape(text) + "</span></div>";
    }
}
