package fr.metamut.security.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.coverage.ui.view.DashboardView;
import fr.metamut.notification.domain.MailDelivery;
import fr.metamut.notification.domain.NotificationKind;
import fr.metamut.notification.service.MailPreferenceService;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.security.service.DemoAccountSeeder;
import fr.metamut.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Mon compte": reached from the user menu; name and address changed in the form kit's dialog; mail preferences. */
class MyAccountKaribuTest extends KaribuTest {

    private static final String DIRECTOR = "directeur.cdg59";

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    MailPreferenceService preferences;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        jdbc.update("update user_account set display_name = 'Direction CDG59', email = null where username = ?", DIRECTOR);
        jdbc.update("delete from mail_preference");
    }

    @Test
    void the_user_menu_leads_to_my_account_with_my_profile_and_my_mail_preferences() {
        login(DIRECTOR);
        useFrench();
        navigate(DashboardView.class);

        _click(_get(Button.class, spec -> spec.withId("my-account")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyAccountView.class);
        String profile = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("my-profile")).getElement().getTextRecursively();
        assertThat(profile).contains(DIRECTOR).contains("Direction CDG59").contains("Aucune : vous ne recevez pas d’e-mail de Métamut");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-preferences-intro")).getText())
                .startsWith("L’envoi d’e-mails n’est pas configuré sur ce serveur");
        assertThat(_get(Select.class, spec -> spec.withId("mail-preference-mention")).getValue()).isEqualTo(MailDelivery.IMMEDIATE);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void a_new_address_needs_the_current_password_and_nothing_typed_is_lost() {
        openProfileDialog();
        _setValue(_get(TextField.class, spec -> spec.withId("profile-display-name")), "Direction du CDG du Nord");
        _setValue(_get(EmailField.class, spec -> spec.withId("profile-email")), "direction@cdg59.example");

        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("profile-current-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Saisissez votre mot de passe actuel pour changer d’adresse e-mail.");
        assertThat(_get(EmailField.class, spec -> spec.withId("profile-email")).getValue()).isEqualTo("direction@cdg59.example");
        assertThat(account().getEmail()).isNull();

        _setValue(password, "pas-le-bon");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(password.getErrorMessage()).isEqualTo("Le mot de passe actuel est incorrect.");
        assertThat(account().getDisplayName()).as("nothing half-saved").isEqualTo("Direction CDG59");

        _setValue(password, DemoAccountSeeder.DEMO_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(notificationTexts()).contains("Profil enregistré.");
        assertThat(account().getEmail()).isEqualTo("direction@cdg59.example");
        assertThat(account().getDisplayName()).isEqualTo("Direction du CDG du Nord");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("my-profile")).getElement()
                .getTextRecursively()).contains("direction@cdg59.example");
    }

    @Test
    void a_name_alone_changes_without_the_password_and_a_bad_address_is_refused_in_french() {
        openProfileDialog();
        TextField name = _get(TextField.class, spec -> spec.withId("profile-display-name"));
        _setValue(name, "  ");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(name.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        _setValue(name, "CDG du Nord");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(account().getDisplayName()).isEqualTo("CDG du Nord");
    }

    @Test
    void a_bad_address_is_refused_on_its_field_in_french() {
        openProfileDialog();
        EmailField email = _get(EmailField.class, spec -> spec.withId("profile-email"));
        _setValue(email, "pas-une-adresse");
        _setValue(_get(PasswordField.class, spec -> spec.withId("profile-current-password")), DemoAccountSeeder.DEMO_PASSWORD);

        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Adresse électronique invalide : écrivez-la sous la forme nom@domaine.fr.");
        assertThat(account().getEmail()).isNull();
    }

    @Test
    void a_mail_preference_is_saved_as_soon_as_it_is_chosen() {
        login(DIRECTOR);
        useFrench();
        navigate(MyAccountView.class);

        _setValue(_get(Select.class, spec -> spec.withId("mail-preference-action-late")), MailDelivery.DIGEST);

        assertThat(notificationTexts()).contains("Actions en retard : Dans le résumé quotidien, enregistré.");
        assertThat(preferences.mine()).containsEntry(NotificationKind.ACTION_LATE, MailDelivery.DIGEST)
                .containsEntry(NotificationKind.MENTION, MailDelivery.IMMEDIATE);
    }

    private void openProfileDialog() {
        login(DIRECTOR);
        useFrench();
        navigate(MyAccountView.class);
        _click(_get(Button.class, spec -> spec.withId("profile-edit")));
    }

    private UserAccount account() {
        return accounts.findByUsernameIgnoreCase(DIRECTOR).orElseThrow();
    }
}
