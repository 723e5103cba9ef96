package fr.metamut.security.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.security.service.PasswordPolicy;
import fr.metamut.security.service.PasswordService;
import jakarta.annotation.security.PermitAll;

/**
 * The password part of "Mon compte" ({@link MyAccountView}): every user changes their own password here (current
 * one required, the {@link PasswordPolicy} for the new one), each refusal shown on the field it is about, and goes
 * back to "Mon compte" once done. After an administrator's reset the user is brought here and can go nowhere else
 * until they have chosen one (no way back shown: there is none yet).
 */
@Route("mon-compte/mot-de-passe")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements TitledView {

    private final PasswordService passwords;
    private final boolean required;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    public ChangePasswordView(PasswordService passwords, CurrentUser currentUser) {
        this.passwords = passwords;
        this.required = currentUser.get().map(AppUser::isPasswordChangeRequired).orElse(false);
        setMaxWidth("32rem");
        if (!required) {
            RouterLink back = new RouterLink(getTranslation("password.back"), MyAccountView.class);
            back.setId("password-back");
            add(back);
        }
        add(new ViewHeader(viewTitle()));
        if (required) {
            Paragraph why = new Paragraph(getTranslation("password.required"));
            why.setId("password-required");
            add(why);
        }
        configureFields();
        Button save = new Button(getTranslation("password.save"), click -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(current, next, confirmation, save);
    }

    private void configureFields() {
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        next.setId("password-new");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        confirmation.setId("password-confirmation");
        confirmation.setLabel(getTranslation("password.confirmation"));
        for (PasswordField field : new PasswordField[] {current, next, confirmation}) {
            field.setWidthFull();
            field.setRequired(true);
        }
    }

    private void save() {
        for (PasswordField field : new PasswordField[] {current, next, confirmation}) {
            field.setInvalid(false);
        }
        if (!next.getValue().equals(confirmation.getValue())) {
            showOn(confirmation, getTranslation("password.error.mismatch"));
            return;
        }
        try {
            passwords.changeOwnPassword(current.getValue(), next.getValue());
        } catch (RuntimeException e) {
            if (!Notifications.isRefusal(e)) {
                throw e;
            }
            showRefusal(e);
            return;
        }
        current.clear();
        next.clear();
        confirmation.clear();
        Notifications.success(getTranslation("password.done"));
        getUI().ifPresent(ui -> {
            if (required) {
                // the menu was built without the user's role: rebuild the page now that they have it again
                ui.navigate("");
                ui.getPage().reload();
            } else {
                ui.navigate(MyAccountView.class);
            }
        });
    }

    /** A refusal about one of the fields is shown on it, what the user typed kept; any other in a toast. */
    private void showRefusal(RuntimeException e) {
        String message = Notifications.messageOf(e);
        String field = e instanceof UserFacingException refusal ? refusal.getField().orElse("") : "";
        switch (field) {
            case PasswordService.CURRENT_PASSWORD -> showOn(current, message);
            case PasswordService.NEW_PASSWORD -> showOn(next, message);
            default -> Notifications.error(message);
        }
    }

    private static void showOn(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String viewTitle() {
        return getTranslation("password.title");
    }
}
