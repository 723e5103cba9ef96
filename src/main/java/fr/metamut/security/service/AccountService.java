package fr.metamut.security.service;

import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Account administration, for administrators only: create, change role and operator, disable or
 * enable, reset a password. An administrator cannot lock the application out of its last administrator.
 * Every change is audited; disabling, a new role or operator and a reset end the account's open sessions
 * ({@link AccountAccessWithdrawn}), and a reset makes the user choose a new password at next login.
 * A reset or re-enabling also lifts a login lock (the administrator vouches for the account).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 14;

    private final UserAccountRepository accounts;
    private final CatalogLookup catalog;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final LoginLocks loginLocks;
    private final SecureRandom random = new SecureRandom();

    public AccountService(UserAccountRepository accounts, CatalogLookup catalog,
                          PasswordEncoder passwordEncoder, Validator validator, CurrentUser currentUser,
                          Clock clock, PasswordPolicy passwordPolicy, ApplicationEventPublisher events,
                          LoginLocks loginLocks) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.loginLocks = loginLocks;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return accounts.findAllByOrderByUsername();
    }

    public UserAccount create(AccountDraft draft) {
        validate(draft);
        passwordPolicy.check(draft.getPassword(), draft.getUsername());
        if (accounts.existsByUsernameIgnoreCase(draft.getUsername())) {
            throw new UserFacingException("account.error.duplicateUsername", draft.getUsername()).onField("username");
        }
        UserAccount account = new UserAccount(draft.getUsername(), draft.getDisplayName(),
                passwordEncoder.encode(draft.getPassword()), draft.getRole(), operatorOf(draft), Instant.now(clock));
        account.rename(draft.getDisplayName(), blankToNull(draft.getEmail()));
        UserAccount saved = accounts.save(account);
        audit("ACCOUNT_CREATED", saved, "role=" + saved.getRole() + ", operator=" + operatorCode(saved.getOperator()));
        return saved;
    }

    public UserAccount update(Long accountId, AccountDraft draft) {
        validate(draft);
        UserAccount account = find(accountId);
        if (account.getRole() == Role.ADMIN && draft.getRole() != Role.ADMIN && account.isEnabled()) {
            requireAnotherAdmin();
        }
        String before = describe(account);
        account.rename(draft.getDisplayName(), blankToNull(draft.getEmail()));
        boolean accessChanged = account.assign(draft.getRole(), operatorOf(draft));
        String after = describe(account);
        if (!before.equals(after)) {
            audit("ACCOUNT_UPDATED", account, before + " -> " + after);
        }
        if (accessChanged && account.isEnabled()) {
            events.publishEvent(new AccountAccessWithdrawn(account.getId(), SessionEnd.ROLE_CHANGED, false));
        }
        return account;
    }

    public UserAccount setEnabled(Long accountId, boolean enabled) {
        UserAccount account = find(accountId);
        if (!enabled) {
            AppUser me = currentUser.require();
            if (account.getId().equals(me.getId())) {
                throw new UserFacingException("account.error.disableSelf");
            }
            if (account.getRole() == Role.ADMIN && account.isEnabled()) {
                requireAnotherAdmin();
            }
        }
        if (account.setEnabled(enabled)) {
            audit(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", account, null);
            if (enabled) {
                loginLocks.lift(account.getUsername());
            } else {
                events.publishEvent(new AccountAccessWithdrawn(account.getId(), SessionEnd.DISABLED, false));
            }
        }
        return account;
    }

    /**
     * Gives the account a new random password and returns it, to be handed over once: it opens the account
     * only to choose a new password. The account's open sessions end.
     */
    public String resetPassword(Long accountId) {
        UserAccount account = find(accountId);
        if (account.getId().equals(currentUser.require().getId())) {
            // the new password would be shown in a session that the reset itself ends
            throw new UserFacingException("account.error.resetSelf");
        }
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        account.resetPassword(passwordEncoder.encode(password));
        loginLocks.lift(account.getUsername());
        audit("PASSWORD_RESET", account, null);
        events.publishEvent(new AccountAccessWithdrawn(account.getId(), SessionEnd.PASSWORD_RESET, false));
        return password.toString();
    }

    private void audit(String action, UserAccount account, @Nullable String detail) {
        events.publishEvent(new AuditEvent(action, currentUser.require().getUsername(), account.getUsername(), detail));
    }

    /** What an account change can touch, as the audit log shows it (no secret in it). */
    private static String describe(UserAccount account) {
        return "name=" + account.getDisplayName() + ", email=" + (account.getEmail() == null ? "" : account.getEmail())
                + ", role=" + account.getRole() + ", operator=" + operatorCode(account.getOperator());
    }

    private static String operatorCode(@Nullable Operator operator) {
        return operator == null ? "-" : operator.getCode();
    }

    private UserAccount find(Long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private void requireAnotherAdmin() {
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new UserFacingException("account.error.lastAdmin");
        }
    }

    private @Nullable Operator operatorOf(AccountDraft draft) {
        if (draft.getRole() != Role.DIRECTOR) {
            return null;
        }
        return catalog.operatorById(draft.getOperator().getId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private void validate(AccountDraft draft) {
        Set<ConstraintViolation<AccountDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
