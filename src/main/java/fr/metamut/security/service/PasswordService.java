package fr.metamut.security.service;

import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password: the current one is required ({@link CurrentPassword}: its attempts count
 * in the {@link LoginThrottle} like logins), the new one follows the {@link PasswordPolicy}. Their other sessions
 * end; the session they changed it from goes on with the account as it now is (with its role again, after a change an administrator's reset required).
 * Refusals name the form field they are about: {@value #CURRENT_PASSWORD} or {@value #NEW_PASSWORD}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PasswordService {

    /** The form field named by a refusal of the current password (wrong, too many attempts). */
    public static final String CURRENT_PASSWORD = CurrentPassword.FIELD;
    /** The form field named by a refusal of the new password (policy, same as before). */
    public static final String NEW_PASSWORD = "newPassword";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final CurrentPassword current;

    public PasswordService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                           CurrentUser currentUser, ApplicationEventPublisher events, CurrentPassword current) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
        this.current = current;
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser me = currentUser.require();
        UserAccount account = accounts.findById(me.getId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        current.verify(account, currentPassword);
        try {
            policy.check(newPassword, account.getUsername());
        } catch (UserFacingException refusal) {
            throw refusal.onField(NEW_PASSWORD);
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.same").onField(NEW_PASSWORD);
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new AuditEvent("PASSWORD_CHANGED", me.getUsername(), me.getUsername(), null));
        events.publishEvent(new AccountAccessWithdrawn(account.getId(), SessionEnd.PASSWORD_CHANGED, true));
        SessionPrincipal.replaceAfterCommit(AccountUserDetailsService.toAppUser(account));
    }
}
