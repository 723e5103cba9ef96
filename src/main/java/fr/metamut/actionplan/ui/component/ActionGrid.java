package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.service.ActionLinksText;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.ui.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan as a list: one line per action (long texts end with an ellipsis and show whole in a tooltip);
 * overdue rows are marked and carry a badge; who changed an action last shows by display name.
 */
public class ActionGrid extends Grid<ActionRow> {

    /** What the row buttons do, and which rows show them. */
    public interface RowActions {
        boolean canEdit(ActionRow row);

        boolean canDelete(ActionRow row);

        void edit(ActionRow row);

        void history(ActionRow row);

        void delete(ActionRow row);
    }

    private DisplayNames names;

    public ActionGrid(RowActions actions) {
        setId("plan-grid");
        setMinHeight("24rem");
        addThemeVariants(GridVariant.ROW_STRIPES);
        addClassName("plan-grid");
        setPartNameGenerator(row -> row.overdue() ? "plan-overdue-row" : null);
        addComponentColumn(this::titleCell).setKey("title").setHeader(getTranslation("plan.field.title"))
                .setWidth("16rem").setFlexGrow(2).setFrozen(true).setComparator(ActionRow::title).setSortable(true)
                .setTooltipGenerator(ActionRow::title);
        addColumn(r -> r.owner().name()).setKey("owner").setHeader(getTranslation("plan.field.owner")).setSortable(true)
                .setWidth("10rem").setFlexGrow(0);
        addColumn(ActionRow::contributorNames).setKey("contributors").setHeader(getTranslation("plan.field.contributors"))
                .setWidth("11rem").setFlexGrow(1).setTooltipGenerator(ActionRow::contributorNames);
        addColumn(r -> Formats.date(r.dueDate())).setKey("dueDate").setHeader(getTranslation("plan.field.dueDate"))
                .setSortable(true).setComparator(r -> r.dueDate() == null ? LocalDate.MAX : r.dueDate())
                .setWidth("8rem").setFlexGrow(0);
        addComponentColumn(r -> PlanBadges.status(r.status())).setKey("status").setHeader(getTranslation("plan.field.status"))
                .setSortable(true).setComparator(ActionRow::status).setWidth("8rem").setFlexGrow(0);
        addComponentColumn(r -> PlanBadges.priority(r.priority())).setKey("priority")
                .setHeader(getTranslation("plan.field.priority")).setSortable(true).setComparator(ActionRow::priority)
                .setWidth("7.5rem").setFlexGrow(0);
        addComponentColumn(this::progressCell).setKey("progress").setHeader(getTranslation("plan.field.progress"))
                .setSortable(true).setComparator(ActionRow::progress).setWidth("9rem").setFlexGrow(0);
        addColumn(this::indicatorText).setKey("indicator").setHeader(getTranslation("plan.field.indicator"))
                .setWidth("10rem").setFlexGrow(1).setTooltipGenerator(this::indicatorText);
        addColumn(r -> ActionLinksText.of(r.links(), this::getTranslation)).setKey("links")
                .setHeader(getTranslation("plan.field.links")).setWidth("12rem").setFlexGrow(1)
                .setTooltipGenerator(r -> ActionLinksText.of(r.links(), this::getTranslation));
        addColumn(this::changedText).setKey("changed").setHeader(getTranslation("plan.field.changed"))
                .setWidth("11rem").setFlexGrow(1).setTooltipGenerator(this::changedText);
        addComponentColumn(r -> rowActions(r, actions)).setKey("actions").setHeader(getTranslation("common.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        // wider than a laptop screen: the title and the row's buttons stay in view while the rest scrolls
        getColumns().forEach(column -> column.setResizable(true));
    }

    /** Shows the rows, naming who changed them by {@code names} (read once with the rows). */
    public void show(List<ActionRow> rows, DisplayNames names) {
        this.names = names;
        setItems(rows);
    }

    private Div titleCell(ActionRow row) {
        Span title = new Span(row.title());
        title.addClassName("plan-title");
        Div cell = new Div(title);
        cell.addClassName("plan-title-cell");
        if (row.overdue()) {
            cell.add(PlanBadges.overdue());
        }
        if (row.generated()) {
            Span generated = new Span(getTranslation("plan.generatedBadge"));
            generated.addClassNames("tag", "plan-generated-badge");
            cell.add(generated);
        }
        return cell;
    }

    private String changedText(ActionRow row) {
        return getTranslation("plan.changedBy", names.of(row.attribution().lastBy()), Formats.dateTime(row.attribution().lastAt()));
    }

    private Div progressCell(ActionRow row) {
        ProgressBar bar = new ProgressBar(0, 100, row.progress());
        bar.addClassName("plan-progress-bar");
        Span value = new Span(Formats.number(row.progress()) + " %");
        value.addClassName("plan-progress-value");
        Div cell = new Div(bar, value);
        cell.addClassName("plan-progress");
        return cell;
    }

    private String indicatorText(ActionRow row) {
        ActionRow.Indicator indicator = row.indicator();
        if (indicator.name() == null) {
            return "";
        }
        return getTranslation("plan.indicator.value", indicator.name(), number(indicator.current()), number(indicator.target()));
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : Formats.number(value);
    }

    private HorizontalLayout rowActions(ActionRow row, RowActions actions) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (actions.canEdit(row)) {
            buttons.add(button(VaadinIcon.EDIT, "plan-edit", "action.edit", () -> actions.edit(row)));
        }
        buttons.add(button(VaadinIcon.CLOCK, "plan-history", "plan.history", () -> actions.history(row)));
        if (actions.canDelete(row)) {
            Button delete = button(VaadinIcon.TRASH, "plan-delete", "action.delete", () -> actions.delete(row));
            delete.addThemeVariants(ButtonVariant.ERROR);
            buttons.add(delete);
        }
        return buttons;
    }

    private Button button(VaadinIcon icon, String className, String labelKey, Runnable click) {
        Button button = new Button(icon.create(), e -> click.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
