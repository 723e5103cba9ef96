package fr.metamut.collaboration.service;

import fr.metamut.base.domain.DataChangedEvent;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Several nodes on one PostgreSQL database, one truth: what one node commits moves the live screens, caches
 * and presence rooms of the others, through PostgreSQL's own LISTEN/NOTIFY (no broker, no extra server).
 * Active only on PostgreSQL ({@code spring.datasource.url} {@code jdbc:postgresql:…}), unless
 * {@code metamut.cluster.enabled=false}; a single node on H2 has nothing to tell anyone.
 *
 * <p><b>Sending.</b> Every {@link DataChangedEvent} makes this node send
 * {@code NOTIFY <channel>, '<node>@<ms>|<topic>'} ({@code <ms>}: when it was sent, to time the propagation), with
 * {@code pg_notify}: in the changing transaction, just before its commit, so PostgreSQL delivers the notice exactly
 * when the change is committed (never for an undone one, never lost to a node that dies after its commit); from a
 * thread of its own on a pooled connection for a change announced outside a transaction and for presence (a failure
 * there is logged, the others show the change at their next look). Presence seats
 * travel the same way ({@code <node>@<ms>|@seat|room|seat|login|name|field}, {@code @left}, {@code @gone} when a node
 * stops, {@code @rollcall} asking the others to tell their seats again; parts URL-encoded). The channel is
 * {@code metamut_changes}, followed by the schema when it is not {@code public}: installations sharing a database
 * in different schemas do not hear each other.
 *
 * <p><b>Listening.</b> One connection per node, its own (not the pool's), opened with the datasource's URL and
 * account, waits for notices with PgJDBC's {@code getNotifications(timeout)} on a daemon thread. A notice from
 * another node first publishes {@link ChangedOnAnotherNode} (caches serving several UIs drop what it made stale),
 * then moves the topic's signal in {@link ChangeFeed}: the screens following it look again, exactly as for a local
 * change. The node's own notices are ignored. A lost connection is opened again with a growing pause (0.25 s to
 * 30 s); once listening (at start, before the web server opens, as after a reconnection) the node tells every
 * topic and cache to look again, since notices sent meanwhile are lost: signals carry no data, the database is the
 * truth, so nothing is missed. Logged at INFO when it starts and when it reconnects, at WARN when it loses the
 * connection.
 */
@Component
@ConditionalOnExpression("${metamut.cluster.enabled:true} and '${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
public class ClusterChangeBridge implements SmartLifecycle, PresenceRelay, MeterBinder {

    /**
     * Metrics: 1 while this node listens, else 0 (alert on it); listening connections opened; notices sent and heard;
     * the time a change took to reach this node from another.
     */
    static final String LISTENING = "metamut.cluster.listening";
    static final String CONNECTIONS = "metamut.cluster.connections";
    static final String SENT = "metamut.cluster.notices.sent";
    static final String HEARD = "metamut.cluster.notices.heard";
    static final String PROPAGATION = "metamut.cluster.propagation";

    static final String CHANNEL = "metamut_changes";
    /** PostgreSQL refuses a payload of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterChangeBridge.class);
    private static final long FIRST_RETRY_MILLIS = 250;
    private static final long LAST_RETRY_MILLIS = 30_000;
    /** How long one wait for notices lasts; also how long stopping may wait for the listening thread. */
    private static final int WAIT_MILLIS = 500;
    /** After this much silence the listening connection is checked (a dead peer may not close the socket). */
    private static final long CHECK_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final DataSource dataSource;
    private final DataSourceProperties datasource;
    private final ChangeFeed feed;
    private final PresenceService presence;
    private final ApplicationEventPublisher events;
    private final String channelPrefix;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong heard = new AtomicLong();
    private volatile String channel;
    private volatile Timer propagation;
    /** The current start-to-stop run (Spring may stop and start the bridge again, e.g. a paused test context). */
    private volatile Run run;

    public ClusterChangeBridge(DataSource dataSource, DataSourceProperties datasource, ChangeFeed feed,
                               PresenceService presence, ApplicationEventPublisher events,
                               @Value("${metamut.cluster.channel:" + CHANNEL + "}") String channelPrefix) {
        this.dataSource = dataSource;
        this.datasource = datasource;
        this.feed = feed;
        this.presence = presence;
        this.events = events;
        this.channelPrefix = channelPrefix;
    }

    /** One start-to-stop run: its sending thread, its listening thread, and whether it is still on. */
    private static final class Run {
        final ExecutorService sender = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("cluster-sender").factory());
        volatile boolean active = true;
        volatile boolean listening;
        volatile Thread listener;
    }

    /** This node's name in the notices (random at each start). */
    public String node() {
        return node;
    }

    /** Whether the listening connection is open and listening. */
    public boolean listening() {
        Run current = run;
        return current != null && current.listening;
    }

    /** How many times the listening connection was opened (1 at start, one more per reconnection). */
    public int connections() {
        return connections.get();
    }

    /** How many notices this node has sent (changes and presence). */
    public long noticesSent() {
        return sent.get();
    }

    // ---------------------------------------------------------------- sending

    /**
     * A change made in a transaction is told by that transaction: its NOTIFY is sent on the transaction's own
     * connection just before the commit, and PostgreSQL delivers it with the commit, or not at all when the
     * transaction is undone. No window is left where the change is committed and its notice still to be sent (a
     * node killed in it would leave the others' screens stale until the next change). A change announced outside a
     * transaction is told from the sending thread.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void changed(DataChangedEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            send(event.topic());
            return;
        }
        String payload = run == null ? null : payload(event.topic());
        if (payload != null) {
            tell(payload);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sent.incrementAndGet();
                }
            });
        }
    }

    @Override
    public void seated(String room, String key, Presence seat) {
        send(join("@seat", room, key, seat.username(), seat.displayName(), seat.field() == null ? "" : seat.field()));
    }

    @Override
    public void left(String room, String key) {
        send(join("@left", room, key));
    }

    private static String join(String kind, String... parts) {
        return kind + Arrays.stream(parts).map(part -> "|" + URLEncoder.encode(part, StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }

    private void send(String message) {
        Run current = run;
        String payload = payload(message);
        if (current == null || payload == null) {
            return;
        }
        try {
            current.sender.execute(() -> notifyOthers(payload));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the node is stopping: the others look again when they see it is gone
        }
    }

    /**
     * The notice of a message from this node, {@code <node>@<sent at, epoch ms>|<message>}, or null (logged) when
     * PostgreSQL would refuse it as too long.
     */
    private String payload(String message) {
        String payload = node + "@" + System.currentTimeMillis() + "|" + message;
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            LOG.warn("Not told to the other nodes, too long for a notice: {}…", payload.substring(0, 80));
            return null;
        }
        return payload;
    }

    /** NOTIFY: in the caller's transaction when there is one (delivered at its commit), else at once. */
    private void tell(String payload) {
        new JdbcTemplate(dataSource).queryForList("select pg_notify(?, ?)", channel(), payload);
    }

    private void notifyOthers(String payload) {
        try {
            tell(payload);
            sent.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.warn("A change could not be told to the other nodes ({}): they show it at their next look", e.getMessage());
        }
    }

    /** The channel of this installation: its schema's, so two schemas of one database do not hear each other. */
    private String channel() {
        if (channel == null) {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet schema = statement.executeQuery("select current_schema()")) {
                String name = schema.next() ? schema.getString(1) : null;
                String suffix = name == null || name.equals("public") ? "" : "_" + name.replaceAll("[^A-Za-z0-9_]", "_");
                String full = (channelPrefix + suffix).toLowerCase();
                channel = full.substring(0, Math.min(full.length(), 63));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the current schema", e);
            }
        }
        return channel;
    }

    // ---------------------------------------------------------------- listening

    /** Opens the listening connection and listens; then every cache and topic looks again. */
    private Connection connectAndListen(Run self, boolean again) throws SQLException {
        Connection connection = openListeningConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN \"" + channel() + "\"");
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
        self.listening = true;
        connections.incrementAndGet();
        if (!again) {
            LOG.info("Cluster bridge started: node {} listening on channel {}", node, channel());
        } else {
            LOG.info("Cluster bridge reconnected: node {} listening on channel {}; every screen looks again", node, channel());
        }
        lookAgain();
        return connection;
    }

    private void listen(Run self, Connection first) {
        Connection connection = first;
        boolean connected = first != null;
        long retry = FIRST_RETRY_MILLIS;
        while (self.active) {
            try {
                if (connection == null) {
                    connection = connectAndListen(self, connected);
                    connected = true;
                }
                retry = FIRST_RETRY_MILLIS;
                receive(self, connection);
            } catch (SQLException | RuntimeException e) {
                self.listening = false;
                closeQuietly(connection);
                connection = null;
                if (!self.active) {
                    return;
                }
                LOG.warn("Cluster bridge lost its connection ({}); trying again in {} ms", e.getMessage(), retry);
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException stop) {
                    return;
                }
                retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
            }
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    private Connection openListeningConnection() throws SQLException {
        Properties properties = new Properties();
        String user = datasource.determineUsername();
        String password = datasource.determinePassword();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "metamut-listener-" + node);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(datasource.determineUrl(), properties);
    }

    private void receive(Run self, Connection connection) throws SQLException {
        PGConnection notices = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (self.active) {
            PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notice : received) {
                    heard(notice.getParameter());
                }
            } else if (System.nanoTime() - quietSince > CHECK_AFTER_NANOS) {
                try (Statement check = connection.createStatement()) {
                    check.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    /** One notice: {@code <node>[@<sent at>]|<topic>} or {@code <node>[@<sent at>]|@<presence message>}. */
    void heard(String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0) {
            return;
        }
        String sender = payload.substring(0, bar);
        int at = sender.indexOf('@');
        String from = at < 0 ? sender : sender.substring(0, at);
        if (from.equals(node)) {
            return;
        }
        String message = payload.substring(bar + 1);
        heard.incrementAndGet();
        try {
            if (message.startsWith("@")) {
                heardOfPresence(from, message);
            } else {
                if (at >= 0) {
                    timeSince(sender.substring(at + 1));
                }
                events.publishEvent(new ChangedOnAnotherNode(message));
                feed.bump(message);
            }
        } catch (RuntimeException e) {
            LOG.error("A notice of node {} could not be applied: {}", from, payload, e);
        }
    }

    /** How long a change took from the other node's sending to this node (both nodes' clocks; 0 if behind). */
    private void timeSince(String sentAtMillis) {
        Timer timer = propagation;
        if (timer != null && sentAtMillis.matches("\\d{1,18}")) {
            timer.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - Long.parseLong(sentAtMillis))));
        }
    }

    private void heardOfPresence(String from, String message) {
        List<String> parts = Arrays.stream(message.split("\\|", -1))
                .map(part -> URLDecoder.decode(part, StandardCharsets.UTF_8)).toList();
        String seatPrefix = from + ":";
        switch (parts.get(0)) {
            case "@seat" -> presence.seatedElsewhere(parts.get(1), seatPrefix + parts.get(2),
                    new Presence(parts.get(3), parts.get(4), parts.get(5).isEmpty() ? null : parts.get(5)));
            case "@left" -> presence.leftElsewhere(parts.get(1), seatPrefix + parts.get(2));
            case "@gone" -> presence.allLeftElsewhere(seatPrefix);
            case "@rollcall" -> presence.tellOthers();
            default -> LOG.debug("Unknown notice from node {}: {}", from, message);
        }
    }

    /** Notices may have been missed: every cache and every followed topic looks again, every node tells its seats. */
    void lookAgain() {
        events.publishEvent(ChangedOnAnotherNode.anything());
        feed.topics().forEach(feed::bump);
        send("@rollcall");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(LISTENING, this, bridge -> bridge.listening() ? 1 : 0)
                .description("1 while this node listens to the other nodes' changes, else 0").register(registry);
        FunctionCounter.builder(CONNECTIONS, connections, AtomicInteger::get)
                .description("Listening connections opened (1 at start, one more per reconnection)").register(registry);
        FunctionCounter.builder(SENT, sent, AtomicLong::get)
                .description("Notices sent to the other nodes (changes and presence)").register(registry);
        FunctionCounter.builder(HEARD, heard, AtomicLong::get)
                .description("Notices heard from the other nodes").register(registry);
        propagation = Timer.builder(PROPAGATION)
                .description("Time from a change sent by another node (just before its commit) to this node hearing it")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Listens before the web server opens (a lower phase), so no screen or cache of this node can start from data
     * a notice it did not hear made stale; a database unreachable now is tried again from the listening thread.
     */
    @Override
    public void start() {
        Run current = new Run();
        run = current;
        presence.relayTo(this);
        Connection first = null;
        try {
            first = connectAndListen(current, false);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Cluster bridge not listening yet ({}); trying again", e.getMessage());
        }
        Connection opened = first;
        current.listener = Thread.ofPlatform().daemon().name("cluster-listener").unstarted(() -> listen(current, opened));
        current.listener.start();
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public void stop() {
        Run current = run;
        if (current == null) {
            return;
        }
        presence.relayTo(PresenceRelay.NOBODY);
        send("@gone");
        run = null;
        current.active = false;
        current.sender.shutdown();
        try {
            current.sender.awaitTermination(2, TimeUnit.SECONDS);
            current.listener.interrupt();
            current.listener.join(2L * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return run != null;
    }
}
