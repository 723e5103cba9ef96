package fr.metamut.security.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.Notifications;
import fr.metamut.security.service.PasswordPolicy;
import fr.metamut.security.service.PasswordService;
import jakarta.annotation.security.PermitAll;

/**
 * Every user changes their own password here (current one required). After an administrator's reset the
 * user is brought here and can go nowhere else until they have chosen one.
 */
@Route("mon-compte/mot-de-passe")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordService passwords;
    private final boolean required;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    public ChangePasswordView(PasswordService passwords, CurrentUser currentUser) {
        this.passwords = passwords;
        this.required = currentUser.get().map(AppUser::isPasswordChangeRequired).orElse(false);
        setMaxWidth("32rem");
        add(new H2(getTranslation("password.title")));
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
        confirmation.setInvalid(false);
        if (!next.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage(getTranslation("password.error.mismatch"));
            confirmation.setInvalid(true);
            return;
        }
        if (!Notifications.attempt(() -> passwords.changeOwnPassword(current.getValue(), next.getValue()))) {
            return;
        }
        current.clear();
        next.clear();
        confirmation.clear();
        Notifications.success(getTranslation("password.done"));
        if (required) {
            // the menu was built without the user's role: rebuild the page now that they have it again
            getUI().ifPresent(ui -> {
                ui.navigate("");
                ui.getPage().reload();
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
