package fr.metamut.partnership.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipRules;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import java.util.List;

/**
 * Records or edits a partnership. The fields check the same rules as the service (at least two parties,
 * a name, lengths, an end not before the start; a director's own operator among the parties), with the
 * message on the field; the service checks them again and its refusals show on the field they are about.
 * Dates are typed or picked the French way; lengths are counted as the user types.
 */
public class PartnershipDialog extends EditDialog<PartnershipForm> {

    /** What the form offers to choose from, and the operator a director must keep among the parties. */
    public record Choices(List<Operator> operators, List<ServiceLine> services, List<Departement> departements,
                          Operator requiredOperator) {
    }

    public PartnershipDialog(String title, Choices choices, SerializableConsumer<PartnershipForm> save,
                             Runnable afterSave) {
        super(title, PartnershipForm.class, save, afterSave);
        setId("partnership-dialog");
        setWidth("min(48rem, 95vw)");
        TextField name = new TextField(getTranslation("partnership.name"));
        name.setId("partnership-name");
        name.setRequiredIndicatorVisible(true);
        TextLimit.apply(name, Partnership.NAME_MAX_LENGTH);
        ComboBox<PartnershipType> type = new ComboBox<>(getTranslation("partnership.type"), PartnershipType.values());
        type.setId("partnership-type");
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        ComboBox<PartnershipStatus> status = new ComboBox<>(getTranslation("partnership.status"), PartnershipStatus.values());
        status.setId("partnership-status");
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        MultiSelectComboBox<Operator> operators = multiSelect("partnership-operators", "partnership.parties",
                choices.operators(), Operator::getName);
        operators.setRequiredIndicatorVisible(true);
        if (choices.requiredOperator() != null) {
            operators.setHelperText(getTranslation("partnership.error.ownOperator"));
        }
        MultiSelectComboBox<ServiceLine> services = multiSelect("partnership-services", "partnership.services",
                choices.services(), ServiceLine::getName);
        MultiSelectComboBox<Departement> departements = multiSelect("partnership-departements",
                "partnership.departements", choices.departements(), Departement::getLabel);
        DateField start = new DateField(getTranslation("partnership.start"));
        start.setId("partnership-start");
        DateField end = new DateField(getTranslation("partnership.end"));
        end.setId("partnership-end");
        TextArea description = new TextArea(getTranslation("partnership.description"));
        description.setId("partnership-description");
        TextLimit.apply(description, Partnership.DESCRIPTION_MAX_LENGTH);
        TextField source = new TextField(getTranslation("common.source"));
        source.setId("partnership-source");
        source.setHelperText(getTranslation("partnership.source.help"));
        TextLimit.apply(source, Partnership.SOURCE_MAX_LENGTH);
        form().add(name, type, status, operators, services, departements, start, end, description, source);
        form().setColspan(name, 2);
        form().setColspan(operators, 2);
        form().setColspan(description, 2);
        form().setColspan(source, 2);

        Binder<PartnershipForm> binder = binder();
        binder.forField(name).asRequired(required(getTranslation("partnership.error.nameRequired")))
                .withValidator(TextLimit.validator(name, Partnership.NAME_MAX_LENGTH))
                .bind(PartnershipForm::getName, PartnershipForm::setName);
        binder.forField(type).asRequired(getTranslation("partnership.error.typeRequired"))
                .bind(PartnershipForm::getType, PartnershipForm::setType);
        binder.forField(status).asRequired(getTranslation("partnership.error.statusRequired"))
                .bind(PartnershipForm::getStatus, PartnershipForm::setStatus);
        binder.forField(operators)
                .withValidator(set -> set.size() >= PartnershipRules.MIN_PARTIES,
                        getTranslation("partnership.error.parties", PartnershipRules.MIN_PARTIES))
                .withValidator(set -> choices.requiredOperator() == null || set.contains(choices.requiredOperator()),
                        getTranslation("partnership.error.ownOperator"))
                .bind(PartnershipForm::getOperators, PartnershipForm::setOperators);
        binder.forField(services).bind(PartnershipForm::getServices, PartnershipForm::setServices);
        binder.forField(departements).bind(PartnershipForm::getDepartements, PartnershipForm::setDepartements);
        binder.forField(start).bind(PartnershipForm::getStartDate, PartnershipForm::setStartDate);
        var endBinding = binder.forField(end)
                .withValidator(e -> PartnershipRules.periodIsValid(start.getValue(), e),
                        getTranslation("partnership.error.endBeforeStart"))
                .bind(PartnershipForm::getEndDate, PartnershipForm::setEndDate);
        start.addValueChangeListener(e -> endBinding.validate());
        binder.forField(description).withValidator(TextLimit.validator(description, Partnership.DESCRIPTION_MAX_LENGTH))
                .withNullRepresentation("").bind(PartnershipForm::getDescription, PartnershipForm::setDescription);
        binder.forField(source).withValidator(TextLimit.validator(source, Partnership.SOURCE_MAX_LENGTH))
                .withNullRepresentation("").bind(PartnershipForm::getSource, PartnershipForm::setSource);
        showRefusalsOn("name", name);
        showRefusalsOn("type", type);
        showRefusalsOn("status", status);
        showRefusalsOn("operators", operators);
        showRefusalsOn("endDate", end);
        showRefusalsOn("description", description);
        showRefusalsOn("source", source);
    }

    @Override
    protected String savedMessage(PartnershipForm saved) {
        return getTranslation("partnership.saved", saved.getName().strip());
    }

    private <T> MultiSelectComboBox<T> multiSelect(String id, String labelKey, List<T> items,
                                                   com.vaadin.flow.component.ItemLabelGenerator<T> label) {
        MultiSelectComboBox<T> field = new MultiSelectComboBox<>(getTranslation(labelKey));
        field.setId(id);
        field.setItems(items);
        field.setItemLabelGenerator(label);
        field.setClearButtonVisible(true);
        return field;
    }
}
