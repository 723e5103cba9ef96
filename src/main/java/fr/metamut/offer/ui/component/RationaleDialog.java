package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.component.DialogBehaviour;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.offer.domain.JointOffer;

/**
 * Asks for the written rationale of a decision (required) or of a withdrawal (optional), then acts. The
 * text has the focus; Esc asks before dropping what was written.
 */
public class RationaleDialog extends Dialog {

    public RationaleDialog(String title, String confirmText, boolean required, SerializableConsumer<String> action) {
        setId("rationale-dialog");
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        TextArea rationale = new TextArea(getTranslation("offer.rationale"));
        rationale.setId("rationale-text");
        rationale.setWidthFull();
        rationale.setRequired(required);
        TextLimit.apply(rationale, JointOffer.TEXT_MAX_LENGTH);
        add(rationale);
        Button confirm = new Button(confirmText, click -> {
            if (required && rationale.getValue().isBlank()) {
                rationale.setErrorMessage(getTranslation("offer.error.rationaleRequired"));
                rationale.setInvalid(true);
                return;
            }
            if (TextLimit.lengthOf(rationale.getValue()) > JointOffer.TEXT_MAX_LENGTH) {
                return; // the field says why, as it is typed
            }
            if (Notifications.attempt(() -> action.accept(rationale.getValue()))) {
                close();
            }
        });
        confirm.setId("rationale-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        DialogBehaviour.focusFirstField(this);
        DialogBehaviour.submitsOnce(this, confirm);
        DialogBehaviour.askBeforeDiscarding(this, () -> !rationale.getValue().isBlank());
    }
}
