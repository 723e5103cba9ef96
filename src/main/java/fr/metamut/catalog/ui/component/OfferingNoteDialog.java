package fr.metamut.catalog.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.Notifications;
import fr.metamut.catalog.domain.Offering;

/** Edits the note of an offering. */
public class OfferingNoteDialog extends Dialog {

    public OfferingNoteDialog(Offering offering, SerializableConsumer<String> save, Runnable afterSave) {
        setId("offering-note-dialog");
        setHeaderTitle(getTranslation("offering.editNote") + " · " + offering.getServiceLine().getName()
                + " (" + offering.getDepartement().getCode() + ")");
        setWidth("min(36rem, 95vw)");
        TextArea note = new TextArea(getTranslation("offering.note"));
        note.setId("offering-note");
        note.setWidthFull();
        note.setMaxLength(Offering.NOTE_MAX_LENGTH);
        note.setValue(offering.getNote() == null ? "" : offering.getNote());
        add(note);
        Button ok = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(() -> save.accept(note.getValue()))) {
                close();
                Notifications.success(getTranslation("notification.saved"));
                afterSave.run();
            }
        });
        ok.setId("dialog-save");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
