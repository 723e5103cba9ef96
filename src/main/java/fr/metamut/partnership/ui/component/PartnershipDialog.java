package fr.metamut.partnership.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
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
 * message on the field; the service checks them again.
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
        name.setMaxLength(Partnership.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
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
        DatePicker start = new DatePicker(getTranslation("partnership.start"));
        start.setId("partnership-start");
        DatePicker end = new DatePicker(getTranslation("partnership.end"));
        end.setId("partnership-end");
        TextArea description = new TextArea(getTranslation("partnership.description"));
        description.setId("partnership-description");
        description.setMaxLength(Partnership.DESCRIPTION_MAX_LENGTH);
        TextField source = new TextField(getTranslation("common.source"));
        source.setId("partnership-source");
        source.setMaxLength(Partnership.SOURCE_MAX_LENGTH);
        source.setHelperText(getTranslation("partnership.source.help"));
        form().add(name, type, status, operators, services, departements, start, end, description, source);
        form().setColspan(name, 2);
        form().setColspan(operators, 2);
        form().setColspan(description, 2);
        form().setColspan(source, 2);

        Binder<PartnershipForm> binder = binder();
        binder.forField(name).asRequired(getTranslation("partnership.error.nameRequired"))
                .withValidator(v -> v.strip().length() <= Partnership.NAME_MAX_LENGTH,
                        getTranslation("partnership.error.tooLong", Partnership.NAME_MAX_LENGTH))
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
        binder.forField(description).withNullRepresentation("")
                .withValidator(v -> v == null || v.strip().length() <= Partnership.DESCRIPTION_MAX_LENGTH,
                        getTranslation("partnership.error.tooLong", Partnership.DESCRIPTION_MAX_LENGTH))
                .bind(PartnershipForm::getDescription, PartnershipForm::setDescription);
        binder.forField(source).withNullRepresentation("")
                .withValidator(v -> v == null || v.strip().length() <= Partnership.SOURCE_MAX_LENGTH,
                        getTranslation("partnership.error.tooLong", Partnership.SOURCE_MAX_LENGTH))
                .bind(PartnershipForm::getSource, PartnershipForm::setSource);
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
