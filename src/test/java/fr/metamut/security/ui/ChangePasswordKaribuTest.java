package fr.metamut.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import fr.metamut.coverage.ui.view.DashboardView;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.security.service.AccountService;
import fr.metamut.security.service.DemoAccountSeeder;
import fr.metamut.security.ui.view.ChangePasswordView;
import fr.metamut.security.ui.view.MyAccountView;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.ui.view.SwotView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** "Changer mon mot de passe" from "Mon compte" in the user menu, and the change forced after an administrator's reset. */
class ChangePasswordKaribuTest extends KaribuTest {

    private static final String DIRECTOR = "directeur.adica";
    private static final String NEW_PASSWORD = "une-phrase-de-passe-neuve";

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void restoreTheDemoPassword() {
        UserAccount director = accounts.findByUsernameIgnoreCase(DIRECTOR).orElseThrow();
        director.changePassword(passwordEncoder.encode(DemoAccountSeeder.DEMO_PASSWORD));
        accounts.save(director);
    }

    @Test
    void a_user_changes_their_password_from_their_account_page() {
        login(DIRECTOR);
        useFrench();
        navigate(DashboardView.class);

        _click(_get(Button.class, spec -> spec.withId("my-account")));
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        fill(DemoAccountSeeder.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(notificationTexts()).contains("Mot de passe changé. Vos autres sessions ont été fermées.");
        assertThat(passwordEncoder.matches(NEW_PASSWORD,
                accounts.findByUsernameIgnoreCase(DIRECTOR).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void after_a_change_from_my_account_the_user_is_back_on_my_account() {
        login(DIRECTOR);
        useFrench();
        navigate(MyAccountView.class);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        _get(RouterLink.class, spec -> spec.withId("password-back"));

        fill(DemoAccountSeeder.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyAccountView.class);
    }

    @Test
    void a_wrong_current_password_and_a_weak_new_one_are_told_on_their_fields() {
        login(DIRECTOR);
        useFrench();
        navigate(ChangePasswordView.class);

        fill("pas-le-bon", NEW_PASSWORD, NEW_PASSWORD);
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("password-current"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Le mot de passe actuel est incorrect.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new")).getValue())
                .as("nothing typed is lost").isEqualTo(NEW_PASSWORD);

        fill(DemoAccountSeeder.DEMO_PASSWORD, "court", "court");
        PasswordField next = _get(PasswordField.class, spec -> spec.withId("password-new"));
        assertThat(current.isInvalid()).as("the current password was right this time").isFalse();
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("12");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void the_two_new_passwords_must_match() {
        login(DIRECTOR);
        useFrench();
        navigate(ChangePasswordView.class);

        fill(DemoAccountSeeder.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");

        PasswordField confirmation = _get(PasswordField.class, spec -> spec.withId("password-confirmation"));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Les deux saisies du nouveau mot de passe diffèrent.");
        assertThat(passwordEncoder.matches(DemoAccountSeeder.DEMO_PASSWORD,
                accounts.findByUsernameIgnoreCase(DIRECTOR).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void after_a_reset_every_page_leads_to_the_password_change_until_it_is_done() {
        users.login(TestUsers.ADMIN);
        String temporary = accountService.resetPassword(accounts.findByUsernameIgnoreCase(DIRECTOR).orElseThrow().getId());
        login(DIRECTOR);
        useFrench();

        UI.getCurrent().navigate(SwotView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("password-required"));
        assertThat(_find(RouterLink.class, spec -> spec.withId("password-back"))).as("nowhere else to go yet").isEmpty();

        fill(temporary, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(fr.metamut.desk.ui.view.DeskView.class);
        UI.getCurrent().navigate(SwotView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SwotView.class);
    }

    private static void fill(String current, String next, String confirmation) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-confirmation")), confirmation);
        _click(_get(Button.class, spec -> spec.withId("password-save")));
    }
}
