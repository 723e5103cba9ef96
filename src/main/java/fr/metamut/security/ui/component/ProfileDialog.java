package fr.metamut.security.ui.component;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.service.ProfileDraft;

/** The user's own display name and e-mail address; the current password when the address changes. */
public class ProfileDialog extends EditDialog<ProfileDraft> {

    public ProfileDialog(SerializableConsumer<ProfileDraft> save, Runnable afterSave) {
        super("", ProfileDraft.class, save, afterSave);
        setId("profile-dialog");
        setHeaderTitle(getTranslation("myaccount.profile.edit"));
        TextField displayName = new TextField(getTranslation("account.displayName"));
        displayName.setId("profile-display-name");
        EmailField email = new EmailField(getTranslation("account.email"));
        email.setId("profile-email");
        email.setHelperText(getTranslation("myaccount.email.help"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("form.error.email")));
        PasswordField currentPassword = new PasswordField(getTranslation("password.current"));
        currentPassword.setId("profile-current-password");
        currentPassword.setHelperText(getTranslation("myaccount.currentPassword.help"));
        form().add(displayName, email, currentPassword);
        form().setColspan(currentPassword, 2);
        TextLimit.apply(displayName, UserAccount.DISPLAY_NAME_MAX_LENGTH);
        TextLimit.apply(email, UserAccount.EMAIL_MAX_LENGTH);
        binder().forField(displayName).asRequired(required(getTranslation("validation.required")))
                .withValidator(TextLimit.validator(displayName, UserAccount.DISPLAY_NAME_MAX_LENGTH)).bind("displayName");
        binder().forField(email).withValidator(TextLimit.validator(email, UserAccount.EMAIL_MAX_LENGTH)).bind("email");
        binder().forField(currentPassword).bind("currentPassword");
        showRefusalsOn("displayName", displayName);
        showRefusalsOn("email", email);
        showRefusalsOn("currentPassword", currentPassword);
    }

    @Override
    protected String savedMessage(ProfileDraft saved) {
        return getTranslation("myaccount.profile.saved");
    }
}
