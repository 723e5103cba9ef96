package fr.metamut.security.ui.component;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.domain.Role;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.service.AccountDraft;
import fr.metamut.security.service.PasswordPolicy;
import java.util.List;

/** Creates an account (with its first password) or changes its name, e-mail, role and operator. */
public class AccountDialog extends EditDialog<AccountDraft> {

    public AccountDialog(boolean creating, List<Operator> operators, SerializableConsumer<AccountDraft> save,
                         Runnable afterSave) {
        super("", AccountDraft.class, save, afterSave);
        setId("account-dialog");
        setHeaderTitle(getTranslation(creating ? "accounts.add" : "accounts.edit"));
        TextField username = new TextField(getTranslation("account.username"));
        username.setId("account-username");
        username.setHelperText(getTranslation("account.username.help"));
        TextLimit.apply(username, UserAccount.USERNAME_MAX_LENGTH);
        username.setReadOnly(!creating);
        TextField displayName = new TextField(getTranslation("account.displayName"));
        displayName.setId("account-display-name");
        TextLimit.apply(displayName, UserAccount.DISPLAY_NAME_MAX_LENGTH);
        EmailField email = new EmailField(getTranslation("account.email"));
        email.setId("account-email");
        TextLimit.apply(email, UserAccount.EMAIL_MAX_LENGTH);
        // the field checks the address itself: without a message it only turned red
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("form.error.email")));
        ComboBox<Role> role = new ComboBox<>(getTranslation("account.role"), Role.values());
        role.setId("account-role");
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        ComboBox<Operator> operator = new ComboBox<>(getTranslation("account.operator"), operators);
        operator.setId("account-operator");
        operator.setItemLabelGenerator(Operator::getName);
        operator.setHelperText(getTranslation("account.operator.help"));
        form().add(username, displayName, email, role, operator);
        showRefusalsOn("username", username);
        binder().forField(username).withValidator(TextLimit.validator(username, UserAccount.USERNAME_MAX_LENGTH))
                .bind("username");
        binder().forField(displayName).withValidator(TextLimit.validator(displayName, UserAccount.DISPLAY_NAME_MAX_LENGTH))
                .bind("displayName");
        binder().forField(email).withValidator(TextLimit.validator(email, UserAccount.EMAIL_MAX_LENGTH)).bind("email");
        binder().forField(role).bind("role");
        binder().forField(operator)
                .withValidator(op -> role.getValue() != Role.DIRECTOR || op != null,
                        getTranslation("validation.directorOperator"))
                .bind("operator");
        role.addValueChangeListener(e -> {
            operator.setEnabled(e.getValue() == Role.DIRECTOR);
            if (e.getValue() != Role.DIRECTOR) {
                operator.clear();
            }
        });
        if (creating) {
            PasswordField password = new PasswordField(getTranslation("account.password"));
            password.setId("account-password");
            password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
            form().add(password);
            binder().forField(password)
                    .withValidator(p -> p.length() >= PasswordPolicy.MIN_LENGTH,
                            getTranslation("account.error.passwordTooShort", PasswordPolicy.MIN_LENGTH))
                    .bind("password");
        }
    }
}
