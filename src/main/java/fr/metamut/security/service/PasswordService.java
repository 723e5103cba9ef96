package fr.metamut.security.service;

import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user changes their own password: the current one is required (and its attempts count in the
 * {@link LoginThrottle} like logins), the new one follows the {@link PasswordPolicy}. Their other sessions end; the session they changed it from goes on with the
 * account as it now is (with its role again, after a change an administrator's reset required).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PasswordService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;

    public PasswordService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                           CurrentUser currentUser, ApplicationEventPublisher events, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
        this.throttle = throttle;
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser me = currentUser.require();
        UserAccount account = accounts.findById(me.getId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        // the current password is guessed no faster here than on the login page (a session left open)
        LoginThrottle.Attempt attempt = throttle.begin(account.getUsername(), null);
        if (!attempt.allowed()) {
            throw new UserFacingException("password.error.throttled");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.currentWrong");
        }
        throttle.succeeded(attempt);
        policy.check(newPassword, account.getUsername());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.same");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new AuditEvent("PASSWORD_CHANGED", me.getUsername(), me.getUsername(), null));
        events.publishEvent(new AccountAccessWithdrawn(account.getId(), SessionEnd.PASSWORD_CHANGED, true));
        AppUser updated = AccountUserDetailsService.toAppUser(account);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                continueAs(updated);
            }
        });
    }

    /**
     * The session's authentication becomes the account as it now is. Under Vaadin the context is the one
     * kept in the HTTP session, so the change lasts for the rest of the session.
     */
    private static void continueAs(AppUser updated) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        authentication.setDetails(previous == null ? null : previous.getDetails());
        updated.eraseCredentials();
        context.setAuthentication(authentication);
    }
}
