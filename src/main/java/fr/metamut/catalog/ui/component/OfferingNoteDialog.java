package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.catalog.domain.Offering;

/**
 * Edits the note of an offering. The save carries the version the page showed, so a note someone else
 * saved meanwhile is not overwritten: the user is told and keeps what they typed.
 */
public class OfferingNoteDialog extends EditDialog<OfferingDraft> {

    public OfferingNoteDialog(Offering offering, SerializableConsumer<String> save, Runnable afterSave) {
        super(offeringTitle(offering), OfferingDraft.class, draft -> save.accept(draft.getNote()), afterSave);
        setId("offering-note-dialog");
        setWidth("min(36rem, 95vw)");
        TextArea note = OfferingDialog.noteField(this);
        form().add(note);
        form().setColspan(note, 2);
        OfferingDialog.bindNote(this, note);
        showRefusalsOn("note", note);
    }

    private static String offeringTitle(Offering offering) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("offering.editNote") + " · "
                + offering.getServiceLine().getName() + " (" + offering.getDepartement().getCode() + ")";
    }

    @Override
    protected String savedMessage(OfferingDraft saved) {
        return getTranslation("offering.noteSaved", saved.getService().getName(), saved.getDepartement().getLabel());
    }
}
