package fr.metamut.security.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.service.SystemCalls;
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
import org.jspecify.annotations.Nullable;

/**
 * Who is who, for other features: active accounts by role or operator (notifications, mentions), the
 * names to show for logins, disabled accounts included ({@link PeopleDirectory}), and, for the mailer's
 * background work only ({@link SystemCalls}), where to write to a user.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountDirectory implements PeopleDirectory {

    /** An active account as other features see it. */
    public record Person(String username, String displayName, Role role, @Nullable Long operatorId) {
    }

    /** Where to write to an active account that has an e-mail address. */
    public record MailRecipient(String username, String displayName, @Nullable String email) {
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

    /**
     * The address of an active account, if it has one. Users' addresses are read by the application's own
     * background work only (mails sent after a commit, digests), never by a user's request.
     */
    @PreAuthorize("hasAuthority('" + SystemCalls.AUTHORITY + "')")
    public Optional<MailRecipient> mailRecipient(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .filter(a -> a.isEnabled() && a.getEmail() != null && !a.getEmail().isBlank())
                .map(a -> new MailRecipient(a.getUsername(), a.getDisplayName(), a.getEmail()));
    }

    /** The account's display name, else the login itself (see {@link DisplayNames}). */
    @Override
    public @Nullable String displayName(@Nullable String login) {
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
