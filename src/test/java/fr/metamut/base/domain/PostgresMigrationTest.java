package fr.metamut.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.catalog.service.CatalogService;
import fr.metamut.support.PostgresTest;
import fr.metamut.support.TestUsers;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Flyway migrations written for H2 run unchanged on PostgreSQL, Hibernate validates the schema they
 * make, and the reference data loads. Runs only in the PostgreSQL pass (.ci/run, see {@link PostgresTest}).
 */
@PostgresTest
class PostgresMigrationTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Flyway flyway;

    @Autowired
    private CatalogService catalog;

    @Autowired
    private TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void migrations_and_reference_data_run_on_postgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
        users.login(TestUsers.ADMIN);

        assertThat(catalog.departements()).hasSize(5);
        assertThat(catalog.operators()).hasSize(9);
        assertThat(catalog.offerings()).hasSize(123);
    }
}
