package fr.metamut.operations.service;

import fr.metamut.base.service.ReferenceDataLoader;
import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness probe (health contributor {@value #NAME}): out of service until Flyway has applied every
 * migration this version knows and the reference data are loaded ({@link ReferenceDataLoader}, which runs before
 * the web server opens); down when Flyway's history cannot be read (a database that does not answer). Once both are
 * true they stay true, so Flyway's history is read only until then.
 */
@Component(ReferenceDataHealthIndicator.NAME + "HealthIndicator")
public class ReferenceDataHealthIndicator extends AbstractHealthIndicator {

    /** The name of this contributor in the health endpoint and in the readiness group. */
    public static final String NAME = "referenceData";

    private final ReferenceDataLoader loader;
    private final Flyway flyway;
    private volatile boolean migrated;

    public ReferenceDataHealthIndicator(ReferenceDataLoader loader, Flyway flyway) {
        this.loader = loader;
        this.flyway = flyway;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (!migrated) {
            int pending = flyway.info().pending().length;
            if (pending > 0) {
                health.outOfService().withDetail("pendingMigrations", pending);
                return;
            }
            migrated = true;
        }
        if (loader.loaded()) {
            health.up();
        } else {
            health.outOfService().withDetail("referenceData", "loading");
        }
    }
}
