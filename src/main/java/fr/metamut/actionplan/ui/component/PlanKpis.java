package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.html.Div;
import fr.metamut.actionplan.domain.PlanFigures;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.component.KpiCard;

/** The plan's headline figures: actions, done, overdue (highlighted when any), mean progress. */
public class PlanKpis extends Div {

    public PlanKpis() {
        setId("plan-kpis");
        addClassName("kpi-row");
    }

    public void show(PlanFigures.Kpis figures) {
        removeAll();
        KpiCard overdue = new KpiCard("plan-kpi-overdue", Formats.number(figures.overdue()), getTranslation("plan.kpi.overdue"));
        if (figures.overdue() > 0) {
            overdue.addClassName("plan-kpi-alert");
        }
        add(new KpiCard("plan-kpi-total", Formats.number(figures.total()), getTranslation("plan.kpi.total")),
                new KpiCard("plan-kpi-done", Formats.number(figures.done()), getTranslation("plan.kpi.done")), overdue,
                new KpiCard("plan-kpi-progress", Formats.number(figures.meanProgress()) + " %",
                        getTranslation("plan.kpi.progress")));
    }
}
