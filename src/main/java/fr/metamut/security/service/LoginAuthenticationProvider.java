package fr.metamut.security.service;

import fr.metamut.base.domain.AuditEvent;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login: counts the attempt in the {@link LoginThrottle} first (a refused attempt never reaches the
 * password check, so the right password does not open a locked account), then checks login and password
 * with Spring's {@link DaoAuthenticationProvider}; every success, failure and lock is audited.
 *
 * <p>The account's status (disabled) is checked only after its password, so a disabled account answers
 * no faster than any other wrong attempt; unknown logins cost a password hash too (Spring's own
 * protection), and both end with the same message on the login page.
 */
public class LoginAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LoginAuthenticationProvider(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder,
                                       LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.begin(login, address);
        for (LoginThrottle.Lock lock : attempt.locksStarted()) {
            // detail: the lock's kind and end, read in words by the audit page
            events.publishEvent(new AuditEvent("LOGIN_LOCKED", login, lock.key(), lock.kind() + " " + lock.until()));
        }
        if (!attempt.allowed()) {
            LoginThrottle.Refusal refusal = attempt.refusal();
            // not written to the audit table (its lock is): a guesser's refused attempts would flood it
            LOG.info("Login refused without checking the password ({} for {} s) for '{}' from {}",
                    refusal.locked() ? "locked" : "delay",
                    Duration.between(clock.instant(), refusal.until()).toSeconds(),
                    printable(login), address);
            throw new LoginThrottledException(refusal.until(), refusal.locked());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            events.publishEvent(new AuditEvent("LOGIN_SUCCESS", result.getName(), null, null));
            return result;
        } catch (AuthenticationException e) {
            events.publishEvent(new AuditEvent("LOGIN_FAILURE", login, null, e.getClass().getSimpleName()));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String printable(String text) {
        return text == null ? "" : text.codePoints().limit(60)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
