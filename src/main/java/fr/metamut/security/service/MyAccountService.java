package fr.metamut.security.service;

import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mon compte": a user reads and changes their own display name and e-mail address, nobody else's. The address is
 * where Métamut mails them; it is not a way into the account (no password is ever reset by mail), but it receives
 * what the account is told (offer titles, comments' authors), so changing or removing it asks for the current
 * password ({@link CurrentPassword}): a session left open is not enough to have someone's notifications sent
 * elsewhere. Administrators can still set it on the accounts page. Both changes are audited; the session goes on
 * with the new name.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MyAccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final CurrentPassword currentPassword;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    public MyAccountService(UserAccountRepository accounts, CurrentUser currentUser, CurrentPassword currentPassword,
                            Validator validator, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.currentPassword = currentPassword;
        this.validator = validator;
        this.events = events;
    }

    /** The current user's name and address, as the form shows them. */
    @Transactional(readOnly = true)
    public ProfileDraft profile() {
        return ProfileDraft.of(mine());
    }

    public void updateProfile(ProfileDraft draft) {
        Set<ConstraintViolation<ProfileDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        UserAccount account = mine();
        String email = draft.getEmail().isBlank() ? null : draft.getEmail();
        boolean emailChanged = !Objects.equals(email, account.getEmail());
        boolean nameChanged = !draft.getDisplayName().equals(account.getDisplayName());
        if (emailChanged) {
            if (draft.getCurrentPassword().isEmpty()) {
                throw new UserFacingException("myaccount.error.passwordForEmail").onField(CurrentPassword.FIELD);
            }
            currentPassword.verify(account, draft.getCurrentPassword());
        }
        if (!emailChanged && !nameChanged) {
            return;
        }
        String before = describe(account);
        account.rename(draft.getDisplayName(), email);
        events.publishEvent(new AuditEvent("PROFILE_CHANGED", account.getUsername(), account.getUsername(),
                before + " -> " + describe(account)));
        SessionPrincipal.replaceAfterCommit(AccountUserDetailsService.toAppUser(account));
    }

    private UserAccount mine() {
        AppUser me = currentUser.require();
        return accounts.findById(me.getId()).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private static String describe(UserAccount account) {
        return "name=" + account.getDisplayName() + ", email=" + (account.getEmail() == null ? "" : account.getEmail());
    }
}
