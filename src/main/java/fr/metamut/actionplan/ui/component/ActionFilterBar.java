package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.actionplan.domain.ActionFilter;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.catalog.domain.Operator;
import java.util.List;

/** The plan's filters: text, status, owner, priority, overdue only. Every change calls {@code onChange}. */
public class ActionFilterBar extends HorizontalLayout {

    private final TextField search = new TextField();
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final ComboBox<Operator> owner = new ComboBox<>();
    private final ComboBox<ActionPriority> priority = new ComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();

    public ActionFilterBar(List<Operator> operators, Runnable onChange) {
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
        add(search, status, owner, priority, overdueOnly);
    }

    public ActionFilter filter() {
        return new ActionFilter(status.getValue(), owner.isEmpty() ? null : owner.getValue().getId(), priority.getValue(),
                overdueOnly.getValue(), search.getValue());
    }
}
