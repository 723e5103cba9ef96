package fr.metamut.swot.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.service.EvidenceChoices;

/**
 * Writes or edits a SWOT item: its title, details, and the evidence it rests on (a coverage cell, a
 * survey need, a partnership). The fields check the rules the service checks again.
 */
public class SwotItemDialog extends EditDialog<SwotForm> {

    public SwotItemDialog(String title, EvidenceChoices choices, SerializableConsumer<SwotForm> save, Runnable afterSave) {
        super(title, SwotForm.class, save, afterSave);
        setId("swot-dialog");
        TextField itemTitle = new TextField(getTranslation("swot.item.title"));
        itemTitle.setId("swot-title");
        itemTitle.setMaxLength(SwotItem.TITLE_MAX_LENGTH);
        itemTitle.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("swot.item.description"));
        description.setId("swot-description");
        description.setMaxLength(SwotItem.DESCRIPTION_MAX_LENGTH);
        ComboBox<ServiceLine> service = new ComboBox<>(getTranslation("swot.evidence.service"), choices.services());
        service.setId("swot-evidence-service");
        service.setItemLabelGenerator(ServiceLine::getName);
        ComboBox<Departement> departement = new ComboBox<>(getTranslation("swot.evidence.departement"),
                choices.departements());
        departement.setId("swot-evidence-departement");
        departement.setItemLabelGenerator(Departement::getLabel);
        ComboBox<SurveyNeed> need = new ComboBox<>(getTranslation("swot.evidence.need"), choices.needs());
        need.setId("swot-evidence-need");
        need.setItemLabelGenerator(SurveyNeed::getLabel);
        ComboBox<Partnership> partnership = new ComboBox<>(getTranslation("swot.evidence.partnership"),
                choices.partnerships());
        partnership.setId("swot-evidence-partnership");
        partnership.setItemLabelGenerator(Partnership::getName);
        for (ComboBox<?> box : new ComboBox<?>[] {service, departement, need, partnership}) {
            box.setClearButtonVisible(true);
        }
        H4 evidence = new H4(getTranslation("swot.evidence"));
        form().add(itemTitle, description, evidence, service, departement, need, partnership);
        form().setColspan(itemTitle, 2);
        form().setColspan(description, 2);
        form().setColspan(evidence, 2);
        form().setColspan(need, 2);
        form().setColspan(partnership, 2);

        Binder<SwotForm> binder = binder();
        binder.forField(itemTitle).asRequired(getTranslation("swot.error.titleRequired"))
                .withValidator(v -> v.strip().length() <= SwotItem.TITLE_MAX_LENGTH,
                        getTranslation("swot.error.tooLong", SwotItem.TITLE_MAX_LENGTH))
                .bind(SwotForm::getTitle, SwotForm::setTitle);
        binder.forField(description).withNullRepresentation("")
                .withValidator(v -> v == null || v.strip().length() <= SwotItem.DESCRIPTION_MAX_LENGTH,
                        getTranslation("swot.error.tooLong", SwotItem.DESCRIPTION_MAX_LENGTH))
                .bind(SwotForm::getDescription, SwotForm::setDescription);
        binder.forField(service).bind(SwotForm::getService, SwotForm::setService);
        var departementBinding = binder.forField(departement)
                .withValidator(d -> (d == null) == service.isEmpty(), getTranslation("swot.error.cellIncomplete"))
                .bind(SwotForm::getDepartement, SwotForm::setDepartement);
        service.addValueChangeListener(e -> departementBinding.validate());
        binder.forField(need).bind(SwotForm::getNeed, SwotForm::setNeed);
        binder.forField(partnership).bind(SwotForm::getPartnership, SwotForm::setPartnership);
    }
}
