package fr.metamut.security.service;

import fr.metamut.base.service.AppUser;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Turns an account into the authenticated {@link AppUser}; disabled accounts cannot log in. Used by the
 * {@link LoginAuthenticationProvider} (on purpose not a {@code UserDetailsService} bean, which Spring
 * Security would offer to build a second login from).
 */
@Service
public class AccountUserDetailsService {

    private final UserAccountRepository accounts;

    public AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(@Nullable String username) {
        return accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .map(AccountUserDetailsService::toAppUser)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /**
     * Why a session opened as {@code user} must end now, if it must: the account is gone or disabled, or
     * its security stamp moved on since that login (see {@link UserAccount#getSecurityStamp()}).
     */
    @Transactional(readOnly = true)
    public Optional<SessionEnd> staleReason(AppUser user) {
        UserAccount account = accounts.findById(user.getId()).orElse(null);
        if (account == null || !account.isEnabled()) {
            return Optional.of(SessionEnd.DISABLED);
        }
        if (account.getSecurityStamp() == user.getSecurityStamp()) {
            return Optional.empty();
        }
        if (account.isPasswordChangeRequired() && !user.isPasswordChangeRequired()) {
            return Optional.of(SessionEnd.PASSWORD_RESET);
        }
        Long operatorId = account.getOperator() == null ? null : account.getOperator().getId();
        if (account.getRole() != user.getRole() || !Objects.equals(operatorId, user.getOperatorId())) {
            return Optional.of(SessionEnd.ROLE_CHANGED);
        }
        return Optional.of(SessionEnd.PASSWORD_CHANGED);
    }

    public static AppUser toAppUser(UserAccount account) {
        return new AppUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getOperator() == null ? null : account.getOperator().getId(),
                account.getOperator() == null ? null : account.getOperator().getName(),
                account.isEnabled(), account.getPasswordHash(), account.getSecurityStamp(),
                account.isPasswordChangeRequired());
    }
}
