package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.ServiceLine;
import java.io.Serializable;
import java.util.List;

/** Adds an offering: a service in a département, with a short note. */
public class OfferingDialog extends EditDialog<OfferingDraft> {

    /** The service call that adds the offering; it may refuse. */
    @FunctionalInterface
    public interface AddOffering extends Serializable {
        void add(Departement departement, ServiceLine service, String note);
    }

    public OfferingDialog(List<Departement> departements, List<ServiceLine> services, AddOffering addOffering,
                          Runnable afterSave) {
        super("", OfferingDraft.class,
                draft -> addOffering.add(draft.getDepartement(), draft.getService(), draft.getNote()), afterSave);
        setId("offering-dialog");
        setHeaderTitle(getTranslation("offering.add"));
        setWidth("min(36rem, 95vw)");
        ComboBox<Departement> departement = new ComboBox<>(getTranslation("departement"), departements);
        departement.setId("offering-departement");
        departement.setItemLabelGenerator(Departement::getLabel);
        ComboBox<ServiceLine> service = new ComboBox<>(getTranslation("service"), services);
        service.setId("offering-service");
        service.setItemLabelGenerator(ServiceLine::getName);
        TextArea note = noteField(this);
        form().add(departement, service, note);
        form().setColspan(note, 2);
        String requiredMessage = getTranslation("validation.required");
        binder().forField(departement).asRequired(requiredMessage).bind(OfferingDraft::getDepartement, OfferingDraft::setDepartement);
        binder().forField(service).asRequired(requiredMessage).bind(OfferingDraft::getService, OfferingDraft::setService);
        bindNote(this, note);
        showRefusalsOn("service", service);
        showRefusalsOn("note", note);
    }

    /** The note field both offering dialogs show, counted against its limit. */
    static TextArea noteField(EditDialog<OfferingDraft> dialog) {
        TextArea note = new TextArea(dialog.getTranslation("offering.note"));
        note.setId("offering-note");
        note.setWidthFull();
        note.setHelperText(dialog.getTranslation("offering.note.help", Offering.NOTE_MAX_LENGTH));
        TextLimit.apply(note, Offering.NOTE_MAX_LENGTH);
        return note;
    }

    /** Binds the note field to the draft, with its limit. */
    static void bindNote(EditDialog<OfferingDraft> dialog, TextArea note) {
        dialog.binder().forField(note).withValidator(TextLimit.validator(note, Offering.NOTE_MAX_LENGTH))
                .bind(OfferingDraft::getNote, OfferingDraft::setNote);
    }

    @Override
    protected String savedMessage(OfferingDraft saved) {
        return getTranslation("offering.addedWhat", saved.getService().getName(), saved.getDepartement().getLabel());
    }
}
