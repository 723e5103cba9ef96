package fr.metamut.security.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.OperatorRepository;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration, for administrators only: create, change role and operator, disable or
 * enable, reset a password. An administrator cannot lock the application out of its last administrator.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 14;

    private final UserAccountRepository accounts;
    private final OperatorRepository operators;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccountService(UserAccountRepository accounts, OperatorRepository operators,
                          PasswordEncoder passwordEncoder, Validator validator, CurrentUser currentUser,
                          Clock clock) {
        this.accounts = accounts;
        this.operators = operators;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return accounts.findAllByOrderByUsername();
    }

    public UserAccount create(AccountDraft draft) {
        validate(draft);
        if (draft.getPassword().length() < AccountDraft.PASSWORD_MIN_LENGTH) {
            throw new UserFacingException("account.error.passwordTooShort", AccountDraft.PASSWORD_MIN_LENGTH);
        }
        if (accounts.existsByUsernameIgnoreCase(draft.getUsername())) {
            throw new UserFacingException("account.error.duplicateUsername", draft.getUsername());
        }
        UserAccount account = new UserAccount(draft.getUsername(), draft.getDisplayName(),
                passwordEncoder.encode(draft.getPassword()), draft.getRole(), operatorOf(draft), Instant.now(clock));
        account.rename(draft.getDisplayName(), blankToNull(draft.getEmail()));
        return accounts.save(account);
    }

    public UserAccount update(Long accountId, AccountDraft draft) {
        validate(draft);
        UserAccount account = find(accountId);
        if (account.getRole() == Role.ADMIN && draft.getRole() != Role.ADMIN && account.isEnabled()) {
            requireAnotherAdmin();
        }
        account.rename(draft.getDisplayName(), blankToNull(draft.getEmail()));
        account.assign(draft.getRole(), operatorOf(draft));
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
        account.setEnabled(enabled);
        return account;
    }

    /** Gives the account a new random password and returns it, to be handed over once. */
    public String resetPassword(Long accountId) {
        UserAccount account = find(accountId);
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        account.changePasswordHash(passwordEncoder.encode(password));
        return password.toString();
    }

    private UserAccount find(Long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private void requireAnotherAdmin() {
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new UserFacingException("account.error.lastAdmin");
        }
    }

    private fr.metamut.catalog.domain.Operator operatorOf(AccountDraft draft) {
        if (draft.getRole() != Role.DIRECTOR) {
            return null;
        }
        return operators.findById(draft.getOperator().getId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private void validate(AccountDraft draft) {
        Set<ConstraintViolation<AccountDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
