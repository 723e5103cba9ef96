package fr.metamut.security.service;

import fr.metamut.base.service.AppUser;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns an account into the authenticated {@link AppUser}; disabled accounts cannot log in. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    public AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username == null ? "" : username.strip())
                .map(AccountUserDetailsService::toAppUser)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    public static AppUser toAppUser(UserAccount account) {
        return new AppUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getOperator() == null ? null : account.getOperator().getId(),
                account.getOperator() == null ? null : account.getOperator().getName(),
                account.isEnabled(), account.getPasswordHash());
    }
}
