package fr.metamut.support;

import fr.metamut.Application;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Several whole applications ("nodes") in this JVM on ONE schema of the test PostgreSQL database
 * ({@code METAMUT_TEST_PG_URL}, see {@link TestDatabase}), as several servers behind a load balancer: each with
 * its own beans, caches, signals and cluster bridge, sharing only the database. Each node is started as
 * {@code main} would start it, on a mock servlet context rather than Tomcat (Vaadin's security setup needs a
 * servlet context; a real server would only add start-up time). The schema is dropped and created again by
 * {@link #ClusterNodes(String)}; nodes start one after the other (the first migrates the schema).
 */
public final class ClusterNodes implements AutoCloseable {

    /** One running node. */
    public record Node(String name, ConfigurableApplicationContext context) {

        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        /** Runs {@code work} on this node as {@code username} (this node's security context strategy). */
        public <T> T as(String username, Supplier<T> work) {
            TestUsers users = bean(TestUsers.class);
            users.login(username);
            try {
                return work.get();
            } finally {
                users.logout();
            }
        }

        public void as(String username, Runnable work) {
            as(username, () -> {
                work.run();
                return null;
            });
        }
    }

    private final String schema;
    private final List<Node> nodes = new ArrayList<>();
    /** Vaadin installs its security-context strategy globally at each start: the other tests need theirs back. */
    private final SecurityContextHolderStrategy strategyOfOtherTests = SecurityContextHolder.getContextHolderStrategy();

    public ClusterNodes(String schema) {
        this.schema = schema;
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the schema " + schema, e);
        }
    }

    /** Starts one more node; {@code folder} receives its backups. */
    public Node start(String name, Path folder, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--vaadin.launch-browser=false",
                "--spring.main.banner-mode=off",
                "--metamut.backup.cron=-",
                "--metamut.mail.digest-cron=-",
                "--metamut.plan.late-cron=-",
                "--metamut.backup.directory=" + folder.resolve("backups").toAbsolutePath()));
        arguments.addAll(List.of(moreArguments));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(arguments.toArray(String[]::new));
        Node node = new Node(name, context);
        nodes.add(node);
        return node;
    }

    /** Stops a node as a server stops (its beans' shutdown runs). */
    public void stop(Node node) {
        nodes.remove(node);
        node.context().close();
    }

    @Override
    public void close() {
        List.copyOf(nodes).forEach(this::stop);
        SecurityContextHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(strategyOfOtherTests);
    }

    public static String url() {
        String url = System.getenv("METAMUT_TEST_PG_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("the nodes need METAMUT_TEST_PG_URL=jdbc:postgresql://…");
        }
        return url;
    }

    public static String user() {
        return System.getenv().getOrDefault("METAMUT_TEST_PG_USER", "metamut");
    }

    public static String password() {
        return System.getenv().getOrDefault("METAMUT_TEST_PG_PASSWORD", "metamut");
    }
}
