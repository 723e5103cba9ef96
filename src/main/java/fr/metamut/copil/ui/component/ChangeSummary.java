package fr.metamut.copil.ui.component;

import com.vaadin.flow.component.html.Div;
import fr.metamut.base.domain.Amounts;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.component.KpiCard;
import fr.metamut.copil.domain.ChangeKind;
import fr.metamut.copil.domain.Comparison;
import java.util.Map;

/** The counts of a comparison, one card per kind of change that happened, and the budget validated. */
public class ChangeSummary extends Div {

    public ChangeSummary() {
        setId("copil-summary");
        addClassName("kpi-row");
    }

    public void show(Comparison comparison) {
        removeAll();
        for (Map.Entry<ChangeKind, Integer> count : comparison.counts().entrySet()) {
            if (count.getValue() > 0) {
                add(new KpiCard("copil-count-" + count.getKey().name(), Formats.number(count.getValue()),
                        getTranslation(count.getKey().messageKey())));
            }
        }
        add(new KpiCard("copil-budget", Amounts.format(comparison.budgetValidated(), getLocale()),
                getTranslation("copil.sheet.budgetValidated")));
    }
}
