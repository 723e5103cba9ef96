package fr.metamut.base.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure with its label. */
public class KpiCard extends Div {

    public KpiCard(String id, String value, String label) {
        setId(id);
        addClassName("kpi-card");
        Span number = new Span(value);
        number.addClassName("kpi-value");
        Span caption = new Span(label);
        caption.addClassName("kpi-label");
        add(number, caption);
    }
}
