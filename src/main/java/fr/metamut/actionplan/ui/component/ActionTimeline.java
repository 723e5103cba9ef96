package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.PlanFigures;
import fr.metamut.base.ui.Formats;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The plan month by month: a row of month columns (a CSS grid), each action in the month it is due;
 * the current month is marked, overdue actions stand out, undated actions come last.
 */
public class ActionTimeline extends Div {

    private static final DateTimeFormatter MONTH_ID = DateTimeFormatter.ofPattern("yyyy-MM");

    public ActionTimeline() {
        setId("plan-timeline");
        addClassName("plan-timeline");
    }

    public void show(PlanFigures.Timeline timeline, LocalDate today) {
        removeAll();
        if (timeline.months().isEmpty() && timeline.undated().isEmpty()) {
            add(new Paragraph(getTranslation("plan.none")));
            return;
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMMM yyyy", Formats.locale());
        for (PlanFigures.Month month : timeline.months()) {
            Div column = column("plan-month-" + MONTH_ID.format(month.month()), label.format(month.month()), month.actions());
            if (month.month().equals(YearMonth.from(today))) {
                column.addClassName("plan-month-current");
            }
            add(column);
        }
        if (!timeline.undated().isEmpty()) {
            add(column("plan-month-undated", getTranslation("plan.noDueDate"), timeline.undated()));
        }
    }

    private Div column(String id, String title, List<ActionRow> actions) {
        Span header = new Span(title);
        header.addClassName("plan-month-title");
        Div column = new Div(header);
        column.setId(id);
        column.addClassName("plan-month");
        actions.forEach(row -> column.add(chip(row)));
        return column;
    }

    private Div chip(ActionRow row) {
        Span title = new Span(row.title());
        title.addClassName("plan-title");
        Span who = new Span(row.owner().name() + (row.dueDate() == null ? "" : " · " + Formats.date(row.dueDate())));
        who.addClassName("source");
        Div chip = new Div(title, who);
        chip.addClassNames("plan-chip", "plan-chip-" + row.status().name().toLowerCase(Locale.ROOT));
        chip.setTitle(getTranslation(row.status().messageKey()) + " · " + Formats.number(row.progress()) + " %");
        if (row.overdue()) {
            chip.addClassName("plan-overdue");
            chip.add(PlanBadges.overdue());
        }
        return chip;
    }
}
