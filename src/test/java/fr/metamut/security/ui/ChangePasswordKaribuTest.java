package fr.metamut.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.metamut.coverage.ui.view.DashboardView;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.security.service.AccountService;
import fr.metamut.security.service.DemoAccountSeeder;
import fr.metamut.security.ui.view.ChangePasswordView;
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

        fill(temporary, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DashboardView.class);
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
