package fr.metamut.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.metamut.operations.service.ReferenceDataHealthIndicator;
import fr.metamut.operations.ui.RequestLogContextFilter;
import fr.metamut.support.HttpSession;
import fr.metamut.support.ServerTest;
import fr.metamut.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The actuator over HTTP, as the load balancer, Prometheus and people reach it: the probes answer anyone with a
 * status and nothing else, the rest needs the administrator role (Prometheus has the open UIs, the logged-in
 * sessions, the Vaadin round trips' and the live refreshes' timers), the paths are the actuator's (not Vaadin's
 * router), and health follows the database (stopped here by a {@link StoppableDataSource}).
 */
@ServerTest
@Import(ActuatorEndpointsTest.Config.class)
class ActuatorEndpointsTest {

    @LocalServerPort
    int port;

    @Autowired
    StoppableDataSource database;

    @Autowired
    HealthEndpointGroups groups;

    @AfterEach
    void databaseBack() {
        database.stopped = false;
    }

    @Test
    void the_probes_answer_anyone_with_a_status_and_no_details() {
        HttpSession loadBalancer = new HttpSession(port);

        for (String probe : new String[] {"liveness", "readiness"}) {
            HttpResponse<String> response = loadBalancer.get("/actuator/health/" + probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("json");
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void every_response_carries_its_request_id_the_proxys_when_it_sends_one() {
        HttpSession browser = new HttpSession(port);

        assertThat(browser.get("/connexion").headers().firstValue(RequestLogContextFilter.HEADER)).get()
                .asString().matches("[0-9a-f]{16}");
        assertThat(browser.get("/connexion", RequestLogContextFilter.HEADER, "nginx-42")
                .headers().firstValue(RequestLogContextFilter.HEADER)).contains("nginx-42");
    }

    @Test
    void readiness_waits_for_the_database_the_migrations_and_the_reference_data() {
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("readiness").isMember(ReferenceDataHealthIndicator.NAME)).isTrue();
        assertThat(groups.get("liveness").isMember("db")).as("a database outage must not restart the node").isFalse();
    }

    @Test
    void a_stopped_database_takes_the_node_out_of_the_pool_without_killing_it() {
        HttpSession loadBalancer = new HttpSession(port);
        HttpSession admin = new HttpSession(port);
        admin.login(TestUsers.ADMIN); // while the accounts can be read

        database.stopped = true;

        HttpResponse<String> readiness = loadBalancer.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(loadBalancer.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> full = admin.get("/actuator/health");
        assertThat(full.statusCode()).isEqualTo(503);
        assertThat(JsonPath.<String>read(full.body(), "$.components.db.status")).isEqualTo("DOWN");

        database.stopped = false;

        assertThat(loadBalancer.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void a_visitor_not_logged_in_reads_no_metrics_nor_full_health() {
        HttpSession visitor = new HttpSession(port);

        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/health", "/actuator"}) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).get().asString().startsWith("Basic");
            assertThat(response.body()).as(path).doesNotContain("metamut_").doesNotContain("components");
        }
    }

    @Test
    void a_director_is_refused_the_metrics() {
        HttpSession director = new HttpSession(port);
        director.login(TestUsers.DIRECTOR_SOMME_NUM);

        assertThat(director.get("/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(director.get("/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(new HttpSession(port).get("/actuator/prometheus", basic(TestUsers.DIRECTOR_SOMME_NUM))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void an_administrator_reads_prometheus_with_the_open_uis_and_logged_in_sessions() {
        HttpSession admin = new HttpSession(port);
        admin.login(TestUsers.ADMIN);
        HttpSession.VaadinUi ui = admin.openUi("");
        admin.uidl(ui, "{\"csrfToken\":\"" + ui.securityKey() + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");

        HttpResponse<String> fromTheBrowser = admin.get("/actuator/prometheus");
        HttpResponse<String> fromTheScraper = new HttpSession(port).get("/actuator/prometheus", basic(TestUsers.ADMIN));

        assertThat(fromTheBrowser.statusCode()).isEqualTo(200);
        assertThat(fromTheScraper.statusCode()).isEqualTo(200);
        assertThat(gauge(fromTheScraper.body(), "metamut_sessions_logged_in")).isGreaterThanOrEqualTo(1);
        assertThat(gauge(fromTheScraper.body(), "metamut_ui_open")).isGreaterThanOrEqualTo(1);
        assertThat(fromTheScraper.body()).contains("tomcat_sessions_active_current_sessions",
                "hikaricp_connections_active", "jvm_memory_used_bytes", "metamut_live_refreshed_seconds_bucket");
        assertThat(gauge(fromTheScraper.body(), "metamut_ui_round_trip_seconds_count{kind=\"init\"")).isGreaterThanOrEqualTo(1);
        assertThat(gauge(fromTheScraper.body(), "metamut_ui_round_trip_seconds_count{kind=\"uidl\"")).isGreaterThanOrEqualTo(1);
        assertThat(fromTheScraper.body()).contains("metamut_ui_round_trip_seconds_bucket{kind=\"uidl\"");
        HttpResponse<String> health = admin.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(health.body(), "$.components.referenceData.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health.body(), "$.components.db.status")).isEqualTo("UP");
    }

    private static double gauge(String prometheus, String name) {
        return prometheus.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{")
                        || name.contains("{") && line.startsWith(name))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + prometheus));
    }

    private static String[] basic(String username) {
        String credentials = username + ":" + HttpSession.DEMO_PASSWORD;
        return new String[] {"Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))};
    }

    @TestConfiguration
    static class Config {
        @Bean
        static BeanPostProcessor stoppableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && "dataSource".equals(name)
                            ? new StoppableDataSource(dataSource) : bean;
                }
            };
        }
    }

    /** The application's data source, which refuses connections while {@link #stopped}, as a stopped server would. */
    static class StoppableDataSource extends DelegatingDataSource {
        volatile boolean stopped;

        StoppableDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (stopped) {
                throw new SQLException("Connection refused: the database is stopped");
            }
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            if (stopped) {
                throw new SQLException("Connection refused: the database is stopped");
            }
            return super.getConnection(username, password);
        }
    }
}
