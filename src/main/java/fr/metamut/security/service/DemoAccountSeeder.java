package fr.metamut.security.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.ReferenceDataSeeder;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for every profile but {@code prod}: one director per operator
 * ({@code directeur.<code>}), one coordinator, one administrator, all with {@link #DEMO_PASSWORD}.
 */
@Component
@Profile("!prod")
public class DemoAccountSeeder implements ReferenceDataSeeder {

    public static final String DEMO_PASSWORD = "metamut2021";

    private final UserAccountRepository accounts;
    private final CatalogLookup catalog;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public DemoAccountSeeder(UserAccountRepository accounts, CatalogLookup catalog,
                             PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public String dataset() {
        return "comptes-demo";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public int load() {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Instant now = Instant.now(clock);
        int rows = 0;
        for (Operator operator : catalog.operatorsByName()) {
            accounts.save(new UserAccount(directorUsername(operator), "Direction " + operator.getName(), hash,
                    Role.DIRECTOR, operator, now));
            rows++;
        }
        accounts.save(new UserAccount("coordinateur", "Coordination Région", hash, Role.COORDINATOR, null, now));
        accounts.save(new UserAccount("admin", "Administration Métamut", hash, Role.ADMIN, null, now));
        return rows + 2;
    }

    /** {@code directeur.somme_num} for the operator coded {@code SOMME_NUM}. */
    public static String directorUsername(Operator operator) {
        return "directeur." + operator.getCode().toLowerCase(Locale.ROOT);
    }
}
