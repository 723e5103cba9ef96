package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.component.DialogBehaviour;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.SubmissionChecklist;

/**
 * Before an offer goes to the Région: the checklist of what it must say, each item done or missing, and
 * the submission only once all are done and every change is saved (the Région receives the offer as
 * saved). The service refuses an incomplete offer anyway.
 */
public class SubmitDialog extends Dialog {

    public SubmitDialog(OfferContent saved, boolean unsavedChanges, SerializableRunnable submit) {
        setId("submit-dialog");
        setHeaderTitle(getTranslation("offer.action.submit"));
        setWidth("min(36rem, 95vw)");
        add(new Paragraph(getTranslation("offer.checklist.intro")));
        Div list = new Div();
        list.addClassName("checklist");
        boolean complete = true;
        for (SubmissionChecklist item : SubmissionChecklist.values()) {
            boolean done = item.isDone(saved);
            complete &= done;
            Div line = new Div((done ? "✓ " : "✗ ") + getTranslation(item.messageKey()));
            line.setId("submit-check-" + item.name());
            line.addClassName(done ? "done" : "missing");
            line.getElement().setAttribute("data-done", String.valueOf(done));
            list.add(line);
        }
        add(list);
        if (unsavedChanges) {
            Paragraph save = new Paragraph(getTranslation("offer.checklist.saveFirst"));
            save.setId("submit-save-first");
            add(save);
        } else if (!complete) {
            add(new Paragraph(getTranslation("offer.checklist.incomplete")));
        }
        Button confirm = new Button(getTranslation("offer.action.submit"), click -> {
            if (Notifications.attempt(submit)) {
                close();
            }
        });
        confirm.setId("submit-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setEnabled(complete && !unsavedChanges);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        DialogBehaviour.submitsOnce(this, confirm);
    }
}
