package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRules;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.domain.PlanAction;
import fr.metamut.actionplan.service.GapOption;
import fr.metamut.actionplan.service.LinkOption;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.ui.component.AmountField;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.base.ui.component.WholeNumberField;
import fr.metamut.catalog.domain.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates or edits an action. The same checks as the service run on the fields, with their message in
 * the user's language; the service checks again. Who edits decides what is editable: a coordinator
 * everything, a director everything but the owner (their operator), a contributor only the status, the
 * progress and the indicator's current value. Numbers and dates are read strictly (the form kit's fields):
 * what cannot be read is a field error, never another value; the service's refusals show on their field.
 */
public class ActionDialog extends EditDialog<ActionDraft> {

    /** What the user may change in the dialog. */
    public enum Mode { FULL, OWN_OPERATOR, PROGRESS_ONLY }

    /** The choices the dialog's lists offer. */
    public record Options(List<Operator> operators, List<LinkOption> offers, List<LinkOption> swotItems,
                          List<GapOption> gaps) {
    }

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Operator> owner = new ComboBox<>();
    private final MultiSelectComboBox<Operator> contributors = new MultiSelectComboBox<>();
    private final DateField dueDate = new DateField();
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final ComboBox<ActionPriority> priority = new ComboBox<>();
    private final WholeNumberField progress = new WholeNumberField(null).withSuffix("%");
    private final TextField indicatorName = new TextField();
    private final AmountField indicatorTarget = new AmountField().withoutCurrency();
    private final AmountField indicatorCurrent = new AmountField().withoutCurrency();
    private final ComboBox<LinkOption> offer = new ComboBox<>();
    private final ComboBox<LinkOption> swotItem = new ComboBox<>();
    private final ComboBox<GapOption> gap = new ComboBox<>();
    private final Options options;

    public ActionDialog(Options options, LocalDate today, SerializableConsumer<ActionDraft> save, Runnable afterSave) {
        super("", ActionDraft.class, save, afterSave);
        this.options = options;
        setId("plan-dialog");
        setWidth("min(52rem, 95vw)");
        configureFields();
        form().add(title, owner, contributors, dueDate, status, priority, progress, indicatorName, indicatorTarget,
                indicatorCurrent, offer, swotItem, gap, description);
        form().setColspan(title, 2);
        form().setColspan(contributors, 2);
        form().setColspan(description, 2);
        bind(today);
        showRefusalsOn("title", title);
        showRefusalsOn("description", description);
        showRefusalsOn("owner", owner);
        showRefusalsOn("dueDate", dueDate);
        showRefusalsOn("status", status);
        showRefusalsOn("priority", priority);
        showRefusalsOn("progress", progress);
        showRefusalsOn("indicatorName", indicatorName);
        showRefusalsOn("indicatorTarget", indicatorTarget);
        showRefusalsOn("indicatorCurrent", indicatorCurrent);
        showRefusalsOn("gap", gap);
    }

    /** Opens the dialog on a draft, with what the user may change. */
    public void open(ActionDraft draft, Mode mode) {
        setHeaderTitle(getTranslation(draft.isNew() ? "plan.new" : "plan.edit"));
        addMissing(offer, options.offers(), draft.getOffer());
        addMissing(swotItem, options.swotItems(), draft.getSwotItem());
        addMissing(gap, options.gaps(), draft.getGap());
        owner.setReadOnly(mode != Mode.FULL);
        for (HasValue<?, ?> field : List.of(title, description, contributors, dueDate, priority, indicatorName,
                indicatorTarget, offer, swotItem, gap)) {
            field.setReadOnly(mode == Mode.PROGRESS_ONLY);
        }
        edit(draft);
    }

    private void configureFields() {
        field(title, "plan-title", "plan.field.title");
        TextLimit.apply(title, PlanAction.TITLE_MAX_LENGTH);
        field(description, "plan-description", "plan.field.description");
        TextLimit.apply(description, PlanAction.DESCRIPTION_MAX_LENGTH);
        field(owner, "plan-owner", "plan.field.owner");
        owner.setItems(options.operators());
        owner.setItemLabelGenerator(Operator::getName);
        field(contributors, "plan-contributors", "plan.field.contributors");
        contributors.setItems(options.operators());
        contributors.setItemLabelGenerator(Operator::getName);
        field(dueDate, "plan-due-date", "plan.field.dueDate");
        field(status, "plan-status", "plan.field.status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == ActionStatus.FAIT) {
                progress.setValue("100");
            }
        });
        field(priority, "plan-priority", "plan.field.priority");
        priority.setItems(ActionPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        field(progress, "plan-progress", "plan.field.progress");
        field(indicatorName, "plan-indicator-name", "plan.field.indicatorName");
        TextLimit.apply(indicatorName, PlanAction.INDICATOR_NAME_MAX_LENGTH);
        field(indicatorTarget, "plan-indicator-target", "plan.field.indicatorTarget");
        field(indicatorCurrent, "plan-indicator-current", "plan.field.indicatorCurrent");
        field(offer, "plan-offer", "plan.field.offer");
        offer.setItemLabelGenerator(LinkOption::label);
        field(swotItem, "plan-swot", "plan.field.swot");
        swotItem.setItemLabelGenerator(LinkOption::label);
        field(gap, "plan-gap", "plan.field.gap");
        gap.setItemLabelGenerator(GapOption::label);
        for (ComboBox<?> link : List.of(offer, swotItem, gap)) {
            link.setClearButtonVisible(true);
        }
    }

    private <C extends Component & HasLabel> void field(C field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private void bind(LocalDate today) {
        binder().forField(title).asRequired(required(getTranslation("plan.error.titleRequired")))
                .withValidator(TextLimit.validator(title, PlanAction.TITLE_MAX_LENGTH)).bind("title");
        binder().forField(description).withValidator(TextLimit.validator(description, PlanAction.DESCRIPTION_MAX_LENGTH))
                .bind("description");
        binder().forField(owner).asRequired(getTranslation("plan.error.ownerRequired")).bind("owner");
        binder().forField(contributors).bind("contributors");
        binder().forField(dueDate).withValidator(d -> accepts(() -> ActionRules.validateDueDate(d, today)),
                getTranslation("plan.error.dueDate", String.valueOf(ActionRules.lastDueDate(today).getYear()))).bind("dueDate");
        binder().forField(status).asRequired(getTranslation("plan.error.statusRequired")).bind("status");
        binder().forField(priority).asRequired(getTranslation("plan.error.statusRequired")).bind("priority");
        binder().forField(progress).asRequired(getTranslation("plan.error.progress")).withConverter(progress.converter())
                .withValidator(p -> accepts(() -> ActionRules.validateProgress(p)), getTranslation("plan.error.progress"))
                .bind("progress");
        binder().forField(indicatorName)
                .withValidator(TextLimit.validator(indicatorName, PlanAction.INDICATOR_NAME_MAX_LENGTH))
                .withValidator(n -> !n.isBlank() || (indicatorTarget.isEmpty() && indicatorCurrent.isEmpty()),
                        getTranslation("plan.error.indicatorName"))
                .bind("indicatorName");
        bindIndicatorValue(indicatorTarget, ActionDraft::getIndicatorTarget, ActionDraft::setIndicatorTarget);
        bindIndicatorValue(indicatorCurrent, ActionDraft::getIndicatorCurrent, ActionDraft::setIndicatorCurrent);
        binder().forField(offer).bind("offer");
        binder().forField(swotItem).bind("swotItem");
        binder().forField(gap).bind("gap");
    }

    private void bindIndicatorValue(AmountField field, ValueProvider<ActionDraft, BigDecimal> getter,
                                    Setter<ActionDraft, BigDecimal> setter) {
        binder().forField(field).withConverter(field.converter())
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("plan.error.indicatorNegative"))
                .withValidator(v -> accepts(() -> ActionRules.validateIndicatorValue(v, "indicator")),
                        getTranslation("plan.error.indicatorFormat"))
                .bind(getter, setter);
    }

    private static boolean accepts(Runnable check) {
        try {
            check.run();
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }

    @Override
    protected String savedMessage(ActionDraft saved) {
        return getTranslation("plan.saved", saved.getTitle());
    }

    private static <T> void addMissing(ComboBox<T> field, List<T> items, T current) {
        List<T> all = new ArrayList<>(items);
        if (current != null && !all.contains(current)) {
            all.add(current);
        }
        field.setItems(all);
    }
}
