package fr.metamut.security.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.security.domain.AccountName;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is who, for other features: active accounts by role or operator (notifications, mentions), and the
 * names to show for logins, disabled accounts included ({@link PeopleDirectory}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountDirectory implements PeopleDirectory {

    /** An active account as other features see it. */
    public record Person(String username, String displayName, Role role, Long operatorId) {
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

    /** The account's display name, else the login itself (see {@link DisplayNames}). */
    @Override
    public String displayName(String login) {
        return login == null ? null
                : accounts.findByUsernameIgnoreCase(login).map(UserAccount::getDisplayName).orElse(login);
    }

    @Override
    public DisplayNames names() {
        return new DisplayNames(accounts.findAllNames().stream()
                .collect(Collectors.toMap(a -> a.username().toLowerCase(Locale.ROOT), AccountName::displayName)));
    }

    private static Person person(UserAccount a) {
        return new Person(a.getUsername(), a.getDisplayName(), a.getRole(),
                a.getOperator() == null ? null : a.getOperator().getId());
    }
}
