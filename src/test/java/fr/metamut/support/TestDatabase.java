package fr.metamut.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The database the Spring tests run on. By default each kind of test has its own in-memory H2 database (the
 * URL its annotation gives, e.g. {@code jdbc:h2:mem:metamut-test}). With {@code -Dmetamut.test.database=postgres}
 * the same tests run on the PostgreSQL database {@code METAMUT_TEST_PG_URL} names (user and password from
 * {@code METAMUT_TEST_PG_USER} / {@code _PASSWORD}, default {@code metamut}): each H2 database becomes a schema
 * of that database ({@code metamut-server} → {@code test_metamut_server}), dropped and created again the first
 * time a context of this JVM uses it, so a run never depends on what an earlier run left. Each context has a
 * cluster channel of its own ({@code metamut.cluster.channel}): contexts on one schema are not nodes of one
 * installation and must not refresh each other ({@code support.ClusterNodes} makes real nodes). {@code .ci/run} runs
 * the service tier both ways (the {@code postgres-tests} Maven profile, see pom.xml).
 *
 * <p>Used through {@code @ContextCustomizerFactories(TestDatabase.class)} on {@link IntegrationTest},
 * {@link ServerTest} and {@link PostgresTest}.
 */
public final class TestDatabase implements ContextCustomizerFactory {

    /** The system property choosing the database: {@code h2} (default) or {@code postgres}. */
    public static final String PROPERTY = "metamut.test.database";
    private static final String H2_MEMORY = "jdbc:h2:mem:";
    private static final Set<String> RECREATED = ConcurrentHashMap.newKeySet();

    /** Whether this run's Spring tests are on PostgreSQL. */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty(PROPERTY, "h2"));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return postgres() ? new OnPostgres() : null;
    }

    /** Moves the context from its in-memory H2 database to a fresh schema of the test PostgreSQL database. */
    private record OnPostgres() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            ConfigurableEnvironment environment = context.getEnvironment();
            String h2 = environment.getProperty("spring.datasource.url", "");
            if (!h2.startsWith(H2_MEMORY)) {
                return;
            }
            String url = System.getenv("METAMUT_TEST_PG_URL");
            if (url == null || !url.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException(PROPERTY + "=postgres needs METAMUT_TEST_PG_URL=jdbc:postgresql://…");
            }
            String user = System.getenv().getOrDefault("METAMUT_TEST_PG_USER", "metamut");
            String password = System.getenv().getOrDefault("METAMUT_TEST_PG_PASSWORD", "metamut");
            String name = h2.substring(H2_MEMORY.length()).split(";", 2)[0];
            String schema = "test_" + name.replaceAll("[^A-Za-z0-9]", "_").toLowerCase();
            if (RECREATED.add(schema)) {
                recreate(url, user, password, schema);
            }
            environment.getPropertySources().addFirst(new MapPropertySource("metamut-test-postgres", Map.of(
                    "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "spring.datasource.username", user,
                    "spring.datasource.password", password,
                    // contexts sharing a schema are not nodes of one installation: none hears another's changes
                    "metamut.cluster.channel", "metamut_test_" + java.util.UUID.randomUUID().toString().substring(0, 8))));
        }

        private static void recreate(String url, String user, String password, String schema) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the test schema " + schema + " at " + url, e);
            }
        }
    }
}
