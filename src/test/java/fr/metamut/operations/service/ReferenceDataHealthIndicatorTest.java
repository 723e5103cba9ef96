package fr.metamut.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.metamut.base.domain.ReferenceDataLoadRepository;
import fr.metamut.base.service.ReferenceDataLoader;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.transaction.support.TransactionTemplate;

/** The readiness probe says "out of service" until the migrations are applied and the reference data loaded. */
class ReferenceDataHealthIndicatorTest {

    private final ReferenceDataLoader loader = new ReferenceDataLoader(List.of(), mock(ReferenceDataLoadRepository.class),
            mock(TransactionTemplate.class), Clock.systemUTC(), ApplicationStartup.DEFAULT);
    private final Flyway flyway = mock(Flyway.class, RETURNS_DEEP_STUBS);
    private final ReferenceDataHealthIndicator indicator = new ReferenceDataHealthIndicator(loader, flyway);

    @Test
    void out_of_service_until_the_reference_data_are_loaded() {
        when(flyway.info().pending()).thenReturn(new MigrationInfo[0]);

        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        loader.start();

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void out_of_service_while_a_migration_is_pending() {
        when(flyway.info().pending()).thenReturn(new MigrationInfo[] {mock(MigrationInfo.class)});
        loader.start();

        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(indicator.health().getDetails()).containsEntry("pendingMigrations", 1);
    }

    @Test
    void down_when_flyways_history_cannot_be_read() {
        when(flyway.info()).thenThrow(new IllegalStateException("Unable to obtain connection from database"));
        loader.start();

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
