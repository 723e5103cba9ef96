package fr.metamut.collaboration.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cluster bridge is there only where there can be other nodes: on PostgreSQL (listening as soon as the
 * application has started, which its gauge shows), unless switched off; never on H2. The same class runs in both
 * passes.
 */
@IntegrationTest
class ClusterBridgeActivationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_bridge_listens_on_postgresql_and_is_absent_on_h2() {
        if (TestDatabase.postgres()) {
            ClusterChangeBridge bridge = context.getBean(ClusterChangeBridge.class);
            await().atMost(Duration.ofSeconds(20)).until(bridge::listening);
            MeterRegistry metrics = context.getBean(MeterRegistry.class);
            assertThat(metrics.get(ClusterChangeBridge.LISTENING).gauge().value()).isEqualTo(1);
            assertThat(metrics.get(ClusterChangeBridge.CONNECTIONS).functionCounter().count()).isGreaterThanOrEqualTo(1);
        } else {
            assertThat(context.getBeansOfType(ClusterChangeBridge.class)).isEmpty();
        }
    }

    @Test
    void stopped_and_started_again_it_listens_again_on_one_connection() {
        Assumptions.assumeTrue(TestDatabase.postgres(), "the bridge is there on PostgreSQL only");
        ClusterChangeBridge bridge = context.getBean(ClusterChangeBridge.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        int connections = bridge.connections();

        bridge.stop();
        assertThat(bridge.listening()).isFalse();
        bridge.start();

        assertThat(bridge.listening()).isTrue();
        assertThat(bridge.connections()).isEqualTo(connections + 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where application_name = ?", Integer.class,
                "metamut-listener-" + bridge.node()), open -> open == 1);
    }

    @Test
    void switched_off_by_its_property_even_on_postgresql() {
        new ApplicationContextRunner().withUserConfiguration(ClusterChangeBridge.class)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:5432/metamut",
                        "metamut.cluster.enabled=false")
                .run(runner -> assertThat(runner).hasNotFailed().doesNotHaveBean(ClusterChangeBridge.class));
        new ApplicationContextRunner().withUserConfiguration(ClusterChangeBridge.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:metamut")
                .run(runner -> assertThat(runner).hasNotFailed().doesNotHaveBean(ClusterChangeBridge.class));
    }
}
