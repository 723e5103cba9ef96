package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.PlanFigures;
import fr.metamut.base.ui.Formats;
import java.util.List;

/** The plan by operator: one card per owning operator with its counts, mean progress and actions. */
public class OwnerBoard extends Div {

    public OwnerBoard() {
        setId("plan-by-owner");
        addClassName("plan-owner-board");
    }

    public void show(List<PlanFigures.OwnerGroup> groups) {
        removeAll();
        if (groups.isEmpty()) {
            add(new Paragraph(getTranslation("plan.none")));
        }
        groups.forEach(group -> add(card(group)));
    }

    private Div card(PlanFigures.OwnerGroup group) {
        PlanFigures.Kpis kpis = group.kpis();
        Span summary = new Span(getTranslation("plan.owner.summary", kpis.total(), kpis.done(), kpis.overdue(),
                group.contributions()));
        summary.addClassName("plan-owner-summary");
        ProgressBar progress = new ProgressBar(0, 100, kpis.meanProgress());
        Span mean = new Span(getTranslation("plan.owner.meanProgress", Formats.number(kpis.meanProgress())));
        mean.addClassName("plan-owner-mean");
        UnorderedList items = new UnorderedList();
        items.addClassName("plan-owner-actions");
        group.actions().forEach(row -> items.add(item(row)));
        Div card = new Div(new H4(group.owner().name()), summary, progress, mean, items);
        card.setId("plan-owner-" + group.owner().id());
        card.addClassName("plan-owner-card");
        if (kpis.overdue() > 0) {
            card.addClassName("plan-has-overdue");
        }
        return card;
    }

    private ListItem item(ActionRow row) {
        Span title = new Span(row.title());
        title.addClassName("plan-title");
        Span due = new Span(row.dueDate() == null ? getTranslation("plan.noDueDate") : Formats.date(row.dueDate()));
        due.addClassName("source");
        ListItem item = new ListItem(title, due, PlanBadges.status(row.status()));
        item.addClassName("plan-item");
        if (row.overdue()) {
            item.addClassName("plan-overdue");
            item.add(PlanBadges.overdue());
        }
        return item;
    }
}
