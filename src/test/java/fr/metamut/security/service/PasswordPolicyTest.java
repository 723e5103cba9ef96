package fr.metamut.security.service;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** What a new password must be: long enough, not too long for bcrypt, not the login, not a common one. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelve_characters_at_least_for_every_account() {
        assertRefused(() -> policy.check("metamut2021", "admin"), "account.error.passwordTooShort");
        assertRefused(() -> policy.check("onze-carac.", "admin"), "account.error.passwordTooShort");
        assertThatCode(() -> policy.check("douze-carac.", "admin")).doesNotThrowAnyException();
    }

    @Test
    void a_password_on_the_common_list_is_refused_whatever_its_case() {
        assertRefused(() -> policy.check("1qaz2wsx3edc", "admin"), "account.error.passwordCommon");
        assertRefused(() -> policy.check("QWERTY123456", "admin"), "account.error.passwordCommon");
        assertRefused(() -> policy.check("qwertyuiop123", "admin"), "account.error.passwordCommon");
    }

    @Test
    void a_password_containing_the_login_is_refused() {
        assertRefused(() -> policy.check("Directeur.Adico-2026", "directeur.adico"),
                "account.error.passwordContainsUsername");
    }

    @Test
    void more_than_seventy_two_bytes_is_refused_because_bcrypt_would_ignore_the_rest() {
        assertRefused(() -> policy.check("é".repeat(37), "admin"), "account.error.passwordTooLong");
        assertThatCode(() -> policy.check("é".repeat(36), "admin")).doesNotThrowAnyException();
    }
}
