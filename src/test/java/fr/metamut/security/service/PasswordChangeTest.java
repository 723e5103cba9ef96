package fr.metamut.security.service;

import static fr.metamut.support.Denials.assertDenied;
import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.catalog.domain.DepartementRepository;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password (current one required, the policy applies to the new one); after an
 * administrator's reset the account logs in without any role until its user has chosen a new password.
 */
@IntegrationTest
@Transactional
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "une-phrase-de-passe-neuve";

    @Autowired
    PasswordService passwords;
    @Autowired
    LoginLocks locks;
    @Autowired
    AccountService accountService;
    @Autowired
    AccountUserDetailsService principals;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TestUsers users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    OfferingService offerings;
    @Autowired
    OperatorRepository operators;
    @Autowired
    ServiceLineRepository services;
    @Autowired
    DepartementRepository departements;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void a_user_changes_their_password_with_the_current_one() {
        users.login(TestUsers.DIRECTOR_CAP_OISE);

        passwords.changeOwnPassword(DemoAccountSeeder.DEMO_PASSWORD, NEW_PASSWORD);

        UserAccount account = accounts.findByUsernameIgnoreCase(TestUsers.DIRECTOR_CAP_OISE).orElseThrow();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, account.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches(DemoAccountSeeder.DEMO_PASSWORD, account.getPasswordHash())).isFalse();
    }

    @Test
    void a_wrong_current_password_a_short_or_common_new_one_is_refused_and_nothing_changes() {
        users.login(TestUsers.DIRECTOR_CAP_OISE);
        String before = accounts.findByUsernameIgnoreCase(TestUsers.DIRECTOR_CAP_OISE).orElseThrow().getPasswordHash();

        assertRefused(() -> passwords.changeOwnPassword("pas-le-bon-mot-de-passe", NEW_PASSWORD),
                "password.error.currentWrong");
        assertRefused(() -> passwords.changeOwnPassword(DemoAccountSeeder.DEMO_PASSWORD, "court"),
                "account.error.passwordTooShort");
        assertRefused(() -> passwords.changeOwnPassword(DemoAccountSeeder.DEMO_PASSWORD, "qwertyuiop123"),
                "account.error.passwordCommon");
        assertThat(accounts.findByUsernameIgnoreCase(TestUsers.DIRECTOR_CAP_OISE).orElseThrow().getPasswordHash())
                .isEqualTo(before);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the session continues as the account once committed
    void after_an_admin_reset_the_user_has_no_role_until_they_choose_a_new_password() {
        users.login(TestUsers.ADMIN);
        Long director = accounts.findByUsernameIgnoreCase(TestUsers.DIRECTOR_SOMME_NUM).orElseThrow().getId();
        String temporary = accountService.resetPassword(director);

        AppUser afterReset = users.login(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(afterReset.isPasswordChangeRequired()).isTrue();
        assertThat(afterReset.getAuthorities()).isEmpty();
        Long operator = operators.findByCode("SOMME_NUM").orElseThrow().getId();
        Long service = services.findAll().getFirst().getId();
        Long departement = departements.findByCode("02").orElseThrow().getId();
        assertDenied(() -> offerings.add(operator, service, departement, "Pendant le changement"));

        passwords.changeOwnPassword(temporary, NEW_PASSWORD);

        AppUser now = currentUser.require();
        assertThat(now.isPasswordChangeRequired()).isFalse();
        assertThat(now.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_DIRECTOR");
        assertThat(principals.staleReason(now)).isEmpty();
        UserAccount restored = accounts.findById(director).orElseThrow();
        restored.changePassword(passwordEncoder.encode(DemoAccountSeeder.DEMO_PASSWORD));
        accounts.save(restored);
    }
}
