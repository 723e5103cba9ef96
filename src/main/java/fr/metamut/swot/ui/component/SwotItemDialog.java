package fr.metamut.swot.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.service.EvidenceChoices;

/**
 * Writes or edits a SWOT item: its title, details, and the evidence it rests on (a coverage cell, a
 * survey need, a partnership). The fields check the rules the service checks again; lengths are counted
 * as the user types, and the service's refusals show on the field they are about.
 */
public class SwotItemDialog extends EditDialog<SwotForm> {

    public SwotItemDialog(String title, EvidenceChoices choices, SerializableConsumer<SwotForm> save, Runnable afterSave) {
        super(title, SwotForm.class, save, afterSave);
        setId("swot-dialog");
        TextField itemTitle = new TextField(getTranslation("swot.item.title"));
        itemTitle.setId("swot-title");
        itemTitle.setRequiredIndicatorVisible(true);
        TextLimit.apply(itemTitle, SwotItem.TITLE_MAX_LENGTH);
        TextArea description = new TextArea(getTranslation("swot.item.description"));
        description.setId("swot-description");
        TextLimit.apply(description, SwotItem.DESCRIPTION_MAX_LENGTH);
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
        binder.forField(itemTitle).asRequired(required(getTranslation("swot.error.titleRequired")))
                .withValidator(TextLimit.validator(itemTitle, SwotItem.TITLE_MAX_LENGTH))
                .bind(SwotForm::getTitle, SwotForm::setTitle);
        binder.forField(description).withValidator(TextLimit.validator(description, SwotItem.DESCRIPTION_MAX_LENGTH))
                .withNullRepresentation("").bind(SwotForm::getDescription, SwotForm::setDescription);
        binder.forField(service).bind(SwotForm::getService, SwotForm::setService);
        var departementBinding = binder.forField(departement)
                .withValidator(d -> (d == null) == service.isEmpty(), getTranslation("swot.error.cellIncomplete"))
                .bind(SwotForm::getDepartement, SwotForm::setDepartement);
        service.addValueChangeListener(e -> departementBinding.validate());
        binder.forField(need).bind(SwotForm::getNeed, SwotForm::setNeed);
        binder.forField(partnership).bind(SwotForm::getPartnership, SwotForm::setPartnership);
        showRefusalsOn("title", itemTitle);
        showRefusalsOn("description", description);
        showRefusalsOn("cell", departement);
        showRefusalsOn("service", service);
        showRefusalsOn("departement", departement);
        showRefusalsOn("need", need);
        showRefusalsOn("partnership", partnership);
    }

    @Override
    protected String savedMessage(SwotForm saved) {
        return getTranslation("swot.saved", saved.getTitle().strip());
    }
}
