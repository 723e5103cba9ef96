package fr.metamut.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Issue 10, "no brute-force protection": 200 wrong passwords against one account, no lockout, and the
 * right password still worked. Through the application's own login (the authentication manager the login
 * form uses), counted in attempts: after ten wrong ones, even the right password is refused — and an
 * unknown login is treated exactly the same, so the refusal tells nothing about which accounts exist.
 */
@IntegrationTest
class LoginThrottlingTest {

    private static final String DEMO_PASSWORD = "metamut2021";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    LoginLocks locks;
    @Autowired
    LoginTallies tallies;
    @Autowired
    LoginThrottleProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    AccountService accountService;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestUsers users;

    @AfterEach
    void liftTheLocksForTheOtherTests() {
        for (String login : List.of("directeur.rvvn", "directeur.spl_xdemat", "directeur.adica")) {
            locks.lift(login);
        }
    }

    @Test
    void after_ten_wrong_passwords_the_right_one_is_refused_too() throws Exception {
        String login = "directeur.rvvn";
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThatThrownBy(() -> authenticate(login, "mauvais-mot-de-passe", null))
                    .isInstanceOf(AuthenticationException.class);
        }

        assertThatThrownBy(() -> authenticate(login, DEMO_PASSWORD, null))
                .isInstanceOf(AuthenticationException.class)
                .isNotInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_login_that_does_not_exist_is_refused_the_same_way() throws Exception {
        String known = "directeur.spl_xdemat";
        String unknown = "directeur.inexistant";
        for (int attempt = 1; attempt <= 10; attempt++) {
            refusal(known, "mauvais-mot-de-passe");
            refusal(unknown, "mauvais-mot-de-passe");
        }

        assertThat(refusal(known, DEMO_PASSWORD)).isNotNull().isEqualTo(refusal(unknown, DEMO_PASSWORD));
    }

    @Test
    void one_address_trying_many_logins_is_stopped_and_cannot_lock_them_all() throws Exception {
        String address = "198.51.100.23";
        for (int attempt = 1; attempt <= 30; attempt++) {
            String login = "visiteur." + attempt;
            assertThatThrownBy(() -> authenticate(login, "mauvais-mot-de-passe", address))
                    .isInstanceOf(AuthenticationException.class);
        }

        assertThatThrownBy(() -> authenticate("directeur.adica", DEMO_PASSWORD, address))
                .as("the address is locked").isInstanceOf(AuthenticationException.class);
        assertThat(authenticate("directeur.adica", DEMO_PASSWORD, "198.51.100.24").isAuthenticated())
                .as("the account itself was not locked from that address").isTrue();
    }

    @Test
    void a_lock_outlives_a_restart_and_an_administrators_reset_lifts_it() throws Exception {
        String login = "directeur.adica";
        for (int attempt = 1; attempt <= 10; attempt++) {
            refusal(login, "mauvais-mot-de-passe");
        }
        LoginThrottle restarted = new LoginThrottle(clock, properties.settings(), tallies); // nothing in memory
        assertThat(restarted.begin(login, null).refusal()).as("the lock is read from the database")
                .extracting(LoginThrottle.Refusal::locked).isEqualTo(true);
        assertThat(refusal(login, DEMO_PASSWORD)).isEqualTo(LoginThrottledException.class);

        users.login(TestUsers.ADMIN);
        String temporary = accountService.resetPassword(accounts.findByUsernameIgnoreCase(login).orElseThrow().getId());
        users.logout();

        assertThat(authenticate(login, temporary, null).isAuthenticated()).isTrue();
        UserAccount account = accounts.findByUsernameIgnoreCase(login).orElseThrow();
        account.changePassword(passwordEncoder.encode(DEMO_PASSWORD));
        accounts.save(account);
    }

    private Class<?> refusal(String login, String password) {
        try {
            authenticate(login, password, null);
            return null;
        } catch (AuthenticationException e) {
            return e.getClass();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Authentication authenticate(String login, String password, String address) throws Exception {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        if (address != null) {
            MockHttpServletRequest http = new MockHttpServletRequest();
            http.setRemoteAddr(address);
            request.setDetails(new WebAuthenticationDetails(http));
        }
        return authentication.getAuthenticationManager().authenticate(request);
    }
}
