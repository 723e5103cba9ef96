package fr.metamut.security.service;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Account administration keeps its invariants: valid drafts, unique usernames, always one active administrator. */
@IntegrationTest
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accountService;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    OperatorRepository operators;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestUsers users;
    @Autowired
    AccountDirectory directory;

    @BeforeEach
    void loginAsAdmin() {
        users.login(TestUsers.ADMIN);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void creates_a_director_of_an_operator_with_a_hashed_password() {
        AccountDraft draft = draft("directeur.adjoint", Role.DIRECTOR, "Mot-de-passe-2021");
        draft.setOperator(operators.findByCode("CDG59").orElseThrow());

        UserAccount created = accountService.create(draft);

        assertThat(created.getOperator().getCode()).isEqualTo("CDG59");
        assertThat(created.isEnabled()).isTrue();
        assertThat(created.getPasswordHash()).isNotEqualTo("Mot-de-passe-2021");
        assertThat(passwordEncoder.matches("Mot-de-passe-2021", created.getPasswordHash())).isTrue();
    }

    @Test
    void a_username_already_taken_is_refused() {
        assertRefused(() -> accountService.create(draft(TestUsers.COORDINATOR, Role.COORDINATOR, "Mot-de-passe-2021")),
                "account.error.duplicateUsername");
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused() {
        assertRefused(() -> accountService.create(draft("nouveau.compte", Role.COORDINATOR, "court")),
                "account.error.passwordTooShort");
        assertThat(accounts.findByUsernameIgnoreCase("nouveau.compte")).isEmpty();
    }

    @Test
    void an_invalid_username_or_a_director_without_operator_is_refused() {
        assertThatThrownBy(() -> accountService.create(draft("Bad Name!", Role.COORDINATOR, "Mot-de-passe-2021")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> accountService.create(draft("directeur.orphelin", Role.DIRECTOR, "Mot-de-passe-2021")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(accounts.findByUsernameIgnoreCase("directeur.orphelin")).isEmpty();
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        assertRefused(() -> accountService.setEnabled(account(TestUsers.ADMIN).getId(), false), "account.error.disableSelf");
        assertThat(account(TestUsers.ADMIN).isEnabled()).isTrue();
    }

    @Test
    void the_last_active_administrator_cannot_lose_the_role() {
        UserAccount admin = account(TestUsers.ADMIN);
        AccountDraft demoted = AccountDraft.of(admin);
        demoted.setRole(Role.COORDINATOR);

        assertRefused(() -> accountService.update(admin.getId(), demoted), "account.error.lastAdmin");
        assertThat(account(TestUsers.ADMIN).getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_director_who_becomes_coordinator_loses_the_operator() {
        UserAccount director = account(TestUsers.DIRECTOR_CAP_OISE);
        AccountDraft draft = AccountDraft.of(director);
        draft.setRole(Role.COORDINATOR);

        accountService.update(director.getId(), draft);

        assertThat(account(TestUsers.DIRECTOR_CAP_OISE).getOperator()).isNull();
        assertThat(account(TestUsers.DIRECTOR_CAP_OISE).getRole()).isEqualTo(Role.COORDINATOR);
    }

    @Test
    void an_administrator_changes_their_own_password_rather_than_resetting_it() {
        assertRefused(() -> accountService.resetPassword(account(TestUsers.ADMIN).getId()), "account.error.resetSelf");
    }

    @Test
    void a_reset_password_replaces_the_old_one() {
        UserAccount director = account(TestUsers.DIRECTOR_ADICO);

        String password = accountService.resetPassword(director.getId());

        String hash = account(TestUsers.DIRECTOR_ADICO).getPasswordHash();
        assertThat(password).hasSize(14);
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        assertThat(passwordEncoder.matches(DemoAccountSeeder.DEMO_PASSWORD, hash)).isFalse();
    }

    @Test
    void a_login_shows_as_its_display_name_even_once_disabled_and_as_itself_when_no_account_has_it() {
        UserAccount director = account(TestUsers.DIRECTOR_CAP_OISE);
        accountService.setEnabled(director.getId(), false);
        DisplayNames names = directory.names();

        assertThat(directory.displayName(TestUsers.COORDINATOR)).isEqualTo("Coordination Région");
        assertThat(names.of(TestUsers.COORDINATOR)).isEqualTo("Coordination Région");
        assertThat(directory.displayName(TestUsers.DIRECTOR_CAP_OISE)).isEqualTo(director.getDisplayName());
        assertThat(names.of(TestUsers.DIRECTOR_CAP_OISE)).isEqualTo(director.getDisplayName());
        assertThat(directory.displayName("ancien.coordinateur")).isEqualTo("ancien.coordinateur");
        assertThat(names.of("ancien.coordinateur")).isEqualTo("ancien.coordinateur");
    }

    private UserAccount account(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow();
    }

    private static AccountDraft draft(String username, Role role, String password) {
        AccountDraft draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName("Compte de test");
        draft.setRole(role);
        draft.setPassword(password);
        return draft;
    }
}
