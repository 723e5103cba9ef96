package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
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
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.catalog.domain.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates or edits an action. The same checks as the service run on the fields, with their message in
 * the user's language; the service checks again. Who edits decides what is editable: a coordinator
 * everything, a director everything but the owner (their operator), a contributor only the status, the
 * progress and the indicator's current value.
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
    private final DatePicker dueDate = new DatePicker();
    private final ComboBox<ActionStatus> status = new ComboBox<>();
    private final ComboBox<ActionPriority> priority = new ComboBox<>();
    private final IntegerField progress = new IntegerField();
    private final TextField indicatorName = new TextField();
    private final BigDecimalField indicatorTarget = new BigDecimalField();
    private final BigDecimalField indicatorCurrent = new BigDecimalField();
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
        title.setMaxLength(PlanAction.TITLE_MAX_LENGTH);
        field(description, "plan-description", "plan.field.description");
        description.setMaxLength(PlanAction.DESCRIPTION_MAX_LENGTH);
        field(owner, "plan-owner", "plan.field.owner");
        owner.setItems(options.operators());
        owner.setItemLabelGenerator(Operator::getName);
        field(contributors, "plan-contributors", "plan.field.contributors");
        contributors.setItems(options.operators());
        contributors.setItemLabelGenerator(Operator::getName);
        field(dueDate, "plan-due-date", "plan.field.dueDate");
        dueDate.setClearButtonVisible(true);
        dueDate.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage(getTranslation("plan.error.dateFormat")));
        field(status, "plan-status", "plan.field.status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == ActionStatus.FAIT) {
                progress.setValue(100);
            }
        });
        field(priority, "plan-priority", "plan.field.priority");
        priority.setItems(ActionPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        field(progress, "plan-progress", "plan.field.progress");
        progress.setStepButtonsVisible(true);
        progress.setMin(0);
        progress.setMax(100);
        String progressRule = getTranslation("plan.error.progress");
        progress.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(progressRule)
                .setMinErrorMessage(progressRule).setMaxErrorMessage(progressRule));
        progress.setSuffixComponent(new Span("%"));
        field(indicatorName, "plan-indicator-name", "plan.field.indicatorName");
        indicatorName.setMaxLength(PlanAction.INDICATOR_NAME_MAX_LENGTH);
        for (BigDecimalField number : List.of(indicatorTarget, indicatorCurrent)) {
            number.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                    .setBadInputErrorMessage(getTranslation("plan.error.indicatorNumber")));
        }
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
        binder().forField(title).asRequired(getTranslation("plan.error.titleRequired"))
                .withValidator(t -> t.strip().length() <= PlanAction.TITLE_MAX_LENGTH,
                        getTranslation("plan.error.tooLong", PlanAction.TITLE_MAX_LENGTH))
                .bind("title");
        binder().forField(description).withValidator(t -> t.strip().length() <= PlanAction.DESCRIPTION_MAX_LENGTH,
                getTranslation("plan.error.tooLong", PlanAction.DESCRIPTION_MAX_LENGTH)).bind("description");
        binder().forField(owner).asRequired(getTranslation("plan.error.ownerRequired")).bind("owner");
        binder().forField(contributors).bind("contributors");
        binder().forField(dueDate).withValidator(d -> accepts(() -> ActionRules.validateDueDate(d, today)),
                getTranslation("plan.error.dueDate", String.valueOf(ActionRules.lastDueDate(today).getYear()))).bind("dueDate");
        binder().forField(status).asRequired(getTranslation("plan.error.statusRequired")).bind("status");
        binder().forField(priority).asRequired(getTranslation("plan.error.statusRequired")).bind("priority");
        binder().forField(progress).asRequired(getTranslation("plan.error.progress"))
                .withValidator(p -> accepts(() -> ActionRules.validateProgress(p)), getTranslation("plan.error.progress"))
                .bind("progress");
        binder().forField(indicatorName)
                .withValidator(n -> !n.isBlank() || (indicatorTarget.isEmpty() && indicatorCurrent.isEmpty()),
                        getTranslation("plan.error.indicatorName"))
                .bind("indicatorName");
        bindIndicatorValue(indicatorTarget, ActionDraft::getIndicatorTarget, ActionDraft::setIndicatorTarget);
        bindIndicatorValue(indicatorCurrent, ActionDraft::getIndicatorCurrent, ActionDraft::setIndicatorCurrent);
        binder().forField(offer).bind("offer");
        binder().forField(swotItem).bind("swotItem");
        binder().forField(gap).bind("gap");
    }

    private void bindIndicatorValue(BigDecimalField field, ValueProvider<ActionDraft, BigDecimal> getter,
                                    Setter<ActionDraft, BigDecimal> setter) {
        binder().forField(field)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("plan.error.indicatorNegative"))
                .withValidator(v -> accepts(() -> ActionRules.validateIndicatorValue(v, "indicator")), getTranslation("plan.error.indicatorFormat"))
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

    private static <T> void addMissing(ComboBox<T> field, List<T> items, T current) {
        List<T> all = new ArrayList<>(items);
        if (current != null && !all.contains(current)) {
            all.add(current);
        }
        field.setItems(all);
    }
}
