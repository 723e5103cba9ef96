package fr.metamut.security.service;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.security.domain.UserAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * A user proves it is them before changing their own password or e-mail address: their current password, whose
 * attempts count in the {@link LoginThrottle} like logins (a session left open is guessed no faster than the login
 * page). Refusals name the form field {@value #FIELD}.
 */
@Component
class CurrentPassword {

    static final String FIELD = "currentPassword";

    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;

    CurrentPassword(PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    void verify(UserAccount account, @Nullable String given) {
        LoginThrottle.Attempt attempt = throttle.begin(account.getUsername(), null);
        if (!attempt.allowed()) {
            throw new UserFacingException("password.error.throttled").onField(FIELD);
        }
        if (given == null || !passwordEncoder.matches(given, account.getPasswordHash())) {
            throw new UserFacingException("password.error.currentWrong").onField(FIELD);
        }
        throttle.succeeded(attempt);
    }
}
