package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.actionplan.domain.ActionFilter;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.LinkOption;
import fr.metamut.catalog.domain.Operator;
import java.util.List;

/**
 * The plan's filters: text, status, owner, priority, overdue only; every change calls {@code onChange}.
 * When the plan is narrowed to the actions of a SWOT item (a link from the SWOT board), a chip says which
 * one, and its button calls {@code clearSwotItem}.
 */
public class ActionFilterBar extends HorizontalLayout {

    private final TextField search = new TextField();
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final ComboBox<Operator> owner = new ComboBox<>();
    private final ComboBox<ActionPriority> priority = new ComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Div swotFilter = new Div();
    private final Span swotFilterLabel = new Span();
    private LinkOption swotItem;

    public ActionFilterBar(List<Operator> operators, Runnable onChange, Runnable clearSwotItem) {
        setId("plan-filters");
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        search.setId("plan-search");
        search.setPlaceholder(getTranslation("action.search"));
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> onChange.run());
        status.setId("plan-status-filter");
        status.setPlaceholder(getTranslation("plan.field.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        owner.setId("plan-owner-filter");
        owner.setPlaceholder(getTranslation("plan.field.owner"));
        owner.setItems(operators);
        owner.setItemLabelGenerator(Operator::getName);
        priority.setId("plan-priority-filter");
        priority.setPlaceholder(getTranslation("plan.field.priority"));
        priority.setItems(ActionPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        for (ComboBox<?> filter : List.of(status, owner, priority)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> onChange.run());
        }
        overdueOnly.setId("plan-overdue-filter");
        overdueOnly.setLabel(getTranslation("plan.filter.overdueOnly"));
        overdueOnly.addValueChangeListener(e -> onChange.run());
        configureSwotFilter(clearSwotItem);
        add(swotFilter, search, status, owner, priority, overdueOnly);
    }

    private void configureSwotFilter(Runnable clear) {
        swotFilter.setId("plan-swot-filter");
        swotFilter.addClassNames("tag", "plan-swot-filter");
        swotFilterLabel.setId("plan-swot-filter-label");
        Button clearButton = new Button(getTranslation("plan.filter.swotClear"), VaadinIcon.CLOSE_SMALL.create(),
                click -> clear.run());
        clearButton.setId("plan-swot-filter-clear");
        clearButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        swotFilter.add(swotFilterLabel, clearButton);
        swotFilter.setVisible(false);
    }

    /** Narrows the plan to the actions serving a SWOT item ({@code null}: whatever they serve), and says so. */
    public void filterOnSwotItem(LinkOption item) {
        swotItem = item;
        swotFilter.setVisible(item != null);
        swotFilterLabel.setText(item == null ? "" : getTranslation("plan.filter.swot", item.label()));
    }

    public ActionFilter filter() {
        return new ActionFilter(status.getValue(), owner.isEmpty() ? null : owner.getValue().getId(), priority.getValue(),
                overdueOnly.getValue(), search.getValue(), swotItem == null ? null : swotItem.id());
    }
}
