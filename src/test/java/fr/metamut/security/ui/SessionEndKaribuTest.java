package fr.metamut.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import fr.metamut.base.domain.Role;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.collaboration.service.ChangedOnAnotherNode;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.security.service.AccountDraft;
import fr.metamut.security.service.AccountAccessWithdrawn;
import fr.metamut.security.service.AccountService;
import fr.metamut.security.service.DemoAccountSeeder;
import fr.metamut.security.ui.view.LoginView;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.ui.view.SwotView;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 10, "a disabled account keeps working": a director has the AFOM page open when an administrator
 * disables the account, changes its role or resets its password; the director's open page must go to
 * the login page at once, saying why, and the session must be logged out. Idle sessions end the same way.
 */
class SessionEndKaribuTest extends KaribuTest {

    private static final String DIRECTOR = "directeur.cdg62";

    @Autowired
    AccountService accountService;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    OperatorRepository operators;
    @Autowired
    Clock clock;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ActiveSessions activeSessions;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void directorHasTheSwotPageOpen() {
        login(DIRECTOR);
        useFrench();
        navigate(SwotView.class);
    }

    @AfterEach
    void restoreTheDirector() {
        UserAccount director = accounts.findByUsernameIgnoreCase(DIRECTOR).orElseThrow();
        director.setEnabled(true);
        director.assign(Role.DIRECTOR, operators.findByCode("CDG62").orElseThrow());
        director.changePassword(passwordEncoder.encode(DemoAccountSeeder.DEMO_PASSWORD));
        accounts.save(director);
    }

    @Test
    void director_is_sent_to_the_login_page_when_an_admin_disables_the_account() {
        asAdmin(() -> accountService.setEnabled(directorId(), false));

        assertOnLoginPageSaying("votre compte a été désactivé");
    }

    @Test
    void director_is_sent_to_the_login_page_when_an_admin_changes_the_role() {
        asAdmin(() -> {
            AccountDraft draft = AccountDraft.of(accounts.findById(directorId()).orElseThrow());
            draft.setRole(Role.COORDINATOR);
            draft.setOperator(null);
            accountService.update(directorId(), draft);
        });

        assertOnLoginPageSaying("votre rôle ou votre opérateur a changé");
    }

    @Test
    void director_is_sent_to_the_login_page_when_an_admin_changes_the_operator() {
        asAdmin(() -> {
            AccountDraft draft = AccountDraft.of(accounts.findById(directorId()).orElseThrow());
            draft.setOperator(operators.findByCode("CDG59").orElseThrow());
            accountService.update(directorId(), draft);
        });

        assertOnLoginPageSaying("votre rôle ou votre opérateur a changé");
    }

    @Test
    void director_is_sent_to_the_login_page_when_an_admin_resets_the_password() {
        asAdmin(() -> accountService.resetPassword(directorId()));

        assertOnLoginPageSaying("un administrateur a réinitialisé votre mot de passe");
    }

    @Test
    void renaming_the_account_leaves_the_session_open() {
        asAdmin(() -> {
            AccountDraft draft = AccountDraft.of(accounts.findById(directorId()).orElseThrow());
            draft.setDisplayName("Direction du CDG 62");
            accountService.update(directorId(), draft);
        });
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SwotView.class);
        accounts.findById(directorId()).ifPresent(director -> {
            director.rename("Direction CDG62", director.getEmail());
            accounts.save(director);
        });
    }

    @Test
    void a_session_idle_for_longer_than_the_timeout_ends_despite_the_heartbeat() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setMaxInactiveInterval((int) Duration.ofMinutes(30).toSeconds());
        session.setLastRequestTimestamp(clock.millis() - Duration.ofMinutes(29).toMillis());

        activeSessions.endIdleSessions();
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getCurrentView()).as("29 minutes idle").isInstanceOf(SwotView.class);

        session.setLastRequestTimestamp(clock.millis() - Duration.ofMinutes(31).toMillis());
        activeSessions.endIdleSessions();
        assertOnLoginPageSaying("après 30 minutes sans activité");
    }

    @Test
    void director_is_sent_to_the_login_page_when_an_admin_disables_the_account_on_another_node() {
        disabledByAnotherNode();
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getCurrentView()).as("nothing heard yet").isInstanceOf(SwotView.class);

        events.publishEvent(new ChangedOnAnotherNode(AccountAccessWithdrawn.topicOf(directorId())));

        assertOnLoginPageSaying("votre compte a été désactivé");
    }

    @Test
    void every_session_is_checked_again_when_notices_of_the_other_nodes_may_have_been_missed() {
        disabledByAnotherNode();

        events.publishEvent(ChangedOnAnotherNode.anything());

        assertOnLoginPageSaying("votre compte a été désactivé");
    }

    @Test
    void a_change_of_another_account_on_another_node_leaves_the_session_open() {
        Long admin = accounts.findByUsernameIgnoreCase(TestUsers.ADMIN).orElseThrow().getId();

        events.publishEvent(new ChangedOnAnotherNode(AccountAccessWithdrawn.topicOf(admin)));
        events.publishEvent(ChangedOnAnotherNode.anything());
        MockVaadin.clientRoundtrip(false);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SwotView.class);
    }

    /** What another node sharing the database commits: the row changes, this node hears only the notice. */
    private void disabledByAnotherNode() {
        UserAccount director = accounts.findById(directorId()).orElseThrow();
        director.setEnabled(false);
        accounts.save(director);
    }

    private void asAdmin(Runnable change) {
        users.login(TestUsers.ADMIN);
        change.run();
    }

    private void assertOnLoginPageSaying(String reason) {
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-notice")).getText()).contains(reason);
        // the session itself is logged out: whatever runs in it now is anonymous
        Authentication now = SecurityContextHolder.getContext().getAuthentication();
        assertThat(now == null || !now.isAuthenticated() || "anonymousUser".equals(now.getName())).isTrue();
        UI.getCurrent().navigate(SwotView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    private Long directorId() {
        return accounts.findByUsernameIgnoreCase(DIRECTOR).orElseThrow().getId();
    }
}
