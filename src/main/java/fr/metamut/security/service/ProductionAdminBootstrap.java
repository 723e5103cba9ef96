package fr.metamut.security.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In production no account has a known password: the first administrator comes from
 * {@code METAMUT_ADMIN_USERNAME} / {@code METAMUT_ADMIN_PASSWORD}, and the application refuses to start
 * while no administrator exists and those are missing (or the password breaks the {@link PasswordPolicy}),
 * or while any account, even a disabled one, still has the demo password.
 */
@Component
@Profile("prod")
@Order(10)
public class ProductionAdminBootstrap implements ApplicationRunner {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;
    private final String username;
    private final String password;

    public ProductionAdminBootstrap(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                                    PasswordPolicy passwordPolicy,
                                    @Value("${metamut.admin.username:}") String username,
                                    @Value("${metamut.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.passwordPolicy = passwordPolicy;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // disabled accounts too: an administrator may enable one again
        for (UserAccount account : accounts.findAll()) {
            if (passwordEncoder.matches(DemoAccountSeeder.DEMO_PASSWORD, account.getPasswordHash())) {
                throw new IllegalStateException("Account '" + account.getUsername()
                        + "' still has the demo password: refusing to start in the prod profile.");
            }
        }
        if (accounts.countByRoleAndEnabledTrue(Role.ADMIN) > 0) {
            return;
        }
        if (username.isBlank()) {
            throw new IllegalStateException("No administrator yet: set METAMUT_ADMIN_USERNAME and "
                    + "METAMUT_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH
                    + " characters) to create the first one.");
        }
        try {
            passwordPolicy.check(password, username);
        } catch (UserFacingException refused) {
            throw new IllegalStateException("No administrator yet, and METAMUT_ADMIN_PASSWORD is refused ("
                    + refused.getMessageKey() + "): it needs at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not the login, and not a common password.");
        }
        accounts.save(new UserAccount(username.strip(), "Administration", passwordEncoder.encode(password),
                Role.ADMIN, null, Instant.now(clock)));
    }
}
