package fr.metamut.security.service;

import fr.metamut.base.domain.Role;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is who, for other features (notifications, mentions): active accounts by role or operator. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountDirectory {

    /** An active account as other features see it. */
    public record Person(String username, String displayName, Role role, Long operatorId) {
    }

    /**
     * Display names by login (ignoring case, like logging in), read at once for a list of rows. An account
     * keeps its name once disabled; a login that no account has any more shows as itself.
     */
    public record Names(Map<String, String> byLogin) {

        public String of(String login) {
            return login == null ? null : byLogin.getOrDefault(login.toLowerCase(Locale.ROOT), login);
        }
    }

    private final UserAccountRepository accounts;

    public AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<Person> active() {
        return accounts.findAllByOrderByUsername().stream().filter(UserAccount::isEnabled)
                .map(AccountDirectory::person).toList();
    }

    public List<String> usernamesWithRole(Role role) {
        return active().stream().filter(p -> p.role() == role).map(Person::username).toList();
    }

    public List<String> directorsOf(Collection<Long> operatorIds) {
        return active().stream().filter(p -> p.role() == Role.DIRECTOR && operatorIds.contains(p.operatorId()))
                .map(Person::username).toList();
    }

    public Optional<Person> find(String username) {
        return accounts.findByUsernameIgnoreCase(username).filter(UserAccount::isEnabled).map(AccountDirectory::person);
    }

    /** The name to show for a login (see {@link Names}): the account's display name, else the login. */
    public String displayName(String login) {
        return login == null ? null
                : accounts.findByUsernameIgnoreCase(login).map(UserAccount::getDisplayName).orElse(login);
    }

    public Names names() {
        return new Names(accounts.findAll().stream()
                .collect(Collectors.toMap(a -> a.getUsername().toLowerCase(Locale.ROOT), UserAccount::getDisplayName)));
    }

    private static Person person(UserAccount a) {
        return new Person(a.getUsername(), a.getDisplayName(), a.getRole(),
                a.getOperator() == null ? null : a.getOperator().getId());
    }
}
