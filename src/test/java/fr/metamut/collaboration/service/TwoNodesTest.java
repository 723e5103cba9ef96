package fr.metamut.collaboration.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringSecurity;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.backup.service.ScheduledBackup;
import fr.metamut.base.domain.DataChangedEvent;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.notification.service.NotificationService;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.service.OfferService;
import fr.metamut.security.domain.UserAccount;
import fr.metamut.security.domain.UserAccountRepository;
import fr.metamut.security.service.AccountService;
import fr.metamut.security.service.LoginLocks;
import fr.metamut.security.service.LoginThrottledException;
import fr.metamut.support.ClusterNodes;
import fr.metamut.support.ClusterNodes.Node;
import fr.metamut.support.TestDatabase;
import fr.metamut.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two whole nodes on one PostgreSQL schema, as two servers behind a load balancer: what is saved through one
 * node reaches the live layer of the other (its topic signals, its shared coverage matrix, its offer snapshots,
 * its presence rooms) through LISTEN/NOTIFY; a lost listening connection comes back and looks again; a scheduled
 * job started on both at once runs on one; the login throttle counts the attempts made on both. Runs only in the
 * PostgreSQL pass ({@code .ci/run}).
 */
@Tag("postgres")
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = "postgres")
class TwoNodesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String DEMO_PASSWORD = "metamut2021";

    @TempDir
    static Path folder;

    static ClusterNodes cluster;
    static Node a;
    static Node b;

    @BeforeAll
    static void startTwoNodes() {
        cluster = new ClusterNodes("test_two_nodes");
        a = cluster.start("A", folder.resolve("a"));
        b = cluster.start("B", folder.resolve("b"));
        await().atMost(PATIENCE).until(() -> bridge(a).listening() && bridge(b).listening());
    }

    @AfterAll
    static void stopThem() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static ClusterChangeBridge bridge(Node node) {
        return node.bean(ClusterChangeBridge.class);
    }

    private static ChangeFeed feed(Node node) {
        return node.bean(ChangeFeed.class);
    }

    @Test
    void a_save_on_node_a_moves_the_topic_and_the_coverage_matrix_of_node_b() {
        CoverageMatrix before = b.as(TestUsers.ADMIN, () -> b.bean(CoverageService.class).matrix());
        long offeringsSeenByB = feed(b).announced("offerings");
        long coverageSeenByB = feed(b).announced("coverage");

        a.as(TestUsers.DIRECTOR_SOMME_NUM, () -> {
            Long sommeNum = a.bean(CatalogService.class).operatorByCode("SOMME_NUM").orElseThrow().getId();
            Offering first = a.bean(CatalogService.class).offerings().stream()
                    .filter(o -> o.getOperator().getId().equals(sommeNum)).findFirst().orElseThrow();
            a.bean(OfferingService.class).remove(first.getId());
        });
        CoverageMatrix afterOnA = a.as(TestUsers.ADMIN, () -> a.bean(CoverageService.class).matrix());

        await().atMost(PATIENCE).until(() -> feed(b).announced("offerings") > offeringsSeenByB);
        assertThat(afterOnA).isNotEqualTo(before);
        assertThat(b.as(TestUsers.ADMIN, () -> b.bean(CoverageService.class).matrix()))
                .as("B's shared matrix is the new one").isEqualTo(afterOnA);
        await().atMost(PATIENCE).until(() -> feed(b).announced("coverage") > coverageSeenByB);
        assertThat(b.bean(MeterRegistry.class).get(ClusterChangeBridge.PROPAGATION).timer().count())
                .as("B timed the notices it heard").isPositive();
    }

    @Test
    void an_offer_saved_on_node_a_is_the_one_node_b_serves_to_its_open_editors() {
        OfferFixtures fixtures = a.bean(OfferFixtures.class);
        JointOffer created = a.as(OfferFixtures.LEAD, () -> a.bean(OfferService.class).create(fixtures.content("Archivage partagé")));
        OfferService offersOnB = b.bean(OfferService.class);
        assertThat(b.as(OfferFixtures.LEAD, () -> offersOnB.latestIfReadable(created.getId())))
                .get().extracting(JointOffer::getTitle).isEqualTo("Archivage partagé");

        a.as(OfferFixtures.LEAD, () -> {
            OfferContent base = a.bean(OfferService.class).get(created.getId()).content();
            OfferContent mine = base.with(OfferField.TITLE, "Archivage partagé des Hauts-de-France");
            a.bean(OfferService.class).save(created.getId(), base, mine);
        });

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(b.as(OfferFixtures.LEAD,
                () -> offersOnB.latestIfReadable(created.getId()))).get().extracting(JointOffer::getTitle)
                .isEqualTo("Archivage partagé des Hauts-de-France"));
    }

    @Test
    void a_notification_sent_on_node_a_counts_in_the_unread_count_node_b_keeps() {
        NotificationService notificationsOnB = b.bean(NotificationService.class);
        long before = b.as(TestUsers.ADMIN, notificationsOnB::unreadCount);
        assertThat(b.as(TestUsers.ADMIN, notificationsOnB::unreadCount)).as("asked again before any change: the same count").isEqualTo(before);

        a.as(TestUsers.DIRECTOR_SOMME_NUM, () -> a.bean(NotificationService.class)
                .notify(List.of(TestUsers.ADMIN), "notif.mentioned", List.of("Somme Numérique", "Archivage"), null));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(b.as(TestUsers.ADMIN, notificationsOnB::unreadCount)).isEqualTo(before + 1));
    }

    @Test
    void a_partner_with_the_offer_open_on_node_b_sees_the_leads_save_and_presence_on_node_a() throws Exception {
        OfferFixtures fixtures = a.bean(OfferFixtures.class);
        JointOffer offer = a.as(OfferFixtures.LEAD, () -> a.bean(OfferService.class).create(fixtures.content("Archivage en commun")));
        String room = fr.metamut.offer.domain.OfferChangedEvent.topicOf(offer.getId());
        b.bean(TestUsers.class).login(OfferFixtures.PARTNER);
        MockSpringSecurity.mock();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("fr.metamut"), b.context(), UI::new));
        try {
            UI.getCurrent().navigate("offres/" + offer.getId());
            TextField title = _get(TextField.class, spec -> spec.withId("offer-title"));
            assertThat(title.getValue()).isEqualTo("Archivage en commun");

            // the lead, in a browser served by node A, opens the offer and saves a new title
            CompletableFuture.runAsync(() -> {
                a.bean(PresenceService.class).enter(room, "lead-seat",
                        new Presence(OfferFixtures.LEAD, "Direction Somme Numérique", null), System::currentTimeMillis);
                a.as(OfferFixtures.LEAD, () -> {
                    OfferContent base = a.bean(OfferService.class).get(offer.getId()).content();
                    a.bean(OfferService.class).save(offer.getId(), base, base.with(OfferField.TITLE, "Archivage en commun, revu"));
                });
            }).get();
            b.bean(TestUsers.class).login(OfferFixtures.PARTNER);

            await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> {
                MockVaadin.runUIQueue();
                assertThat(title.getValue()).isEqualTo("Archivage en commun, revu");
                assertThat(avatars()).contains("Direction Somme Numérique");
            });

            CompletableFuture.runAsync(() -> a.bean(PresenceService.class).leave(room, "lead-seat")).get();
            await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> {
                MockVaadin.runUIQueue();
                assertThat(avatars()).doesNotContain("Direction Somme Numérique").isNotEmpty();
            });
        } finally {
            MockVaadin.tearDown();
            b.bean(TestUsers.class).logout();
        }
    }

    private static List<String> avatars() {
        return _get(AvatarGroup.class, spec -> spec.withId("offer-presence")).getItems().stream()
                .map(AvatarGroup.AvatarGroupItem::getName).toList();
    }

    @Test
    void presence_on_node_a_is_seen_on_node_b_and_ends_when_a_leaves() {
        String room = "offer/presence-test";
        PresenceService onA = a.bean(PresenceService.class);
        PresenceService onB = b.bean(PresenceService.class);

        onA.enter(room, "seat-1", new Presence(TestUsers.DIRECTOR_ADICO, "Directeur ADICO", null), System::currentTimeMillis);
        await().atMost(PATIENCE).until(() -> seated(onB, room),
                seats -> seats.equals(List.of(new Presence(TestUsers.DIRECTOR_ADICO, "Directeur ADICO", null))));

        onA.update(room, "seat-1", seat -> seat.editing("title"));
        await().atMost(PATIENCE).until(() -> seated(onB, room),
                seats -> seats.equals(List.of(new Presence(TestUsers.DIRECTOR_ADICO, "Directeur ADICO", "title"))));

        onA.leave(room, "seat-1");
        await().atMost(PATIENCE).until(() -> seated(onB, room), List::isEmpty);
    }

    private static List<Presence> seated(PresenceService presence, String room) {
        return presence.room(room).peek().values().stream().map(seat -> seat.peek()).toList();
    }

    @Test
    void a_change_reaches_node_b_even_when_node_a_stops_right_after_committing_it() {
        String topic = "test/stopped-" + System.nanoTime();
        try {
            new TransactionTemplate(a.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        bridge(a).stop();
                    }
                });
                a.context().publishEvent(change(topic));
            });

            await().atMost(PATIENCE).until(() -> feed(b).announced(topic) > 0);
        } finally {
            bridge(a).start();
            await().atMost(PATIENCE).until(() -> bridge(a).listening());
        }
    }

    @Test
    void a_change_undone_at_commit_is_told_to_nobody() {
        String undone = "test/undone-" + System.nanoTime();
        String committed = "test/committed-" + System.nanoTime();
        TransactionTemplate onA = new TransactionTemplate(a.bean(PlatformTransactionManager.class));

        assertThatThrownBy(() -> onA.executeWithoutResult(status -> {
            a.context().publishEvent(change(undone));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    throw new IllegalStateException("refused at commit");
                }
            });
        })).hasMessage("refused at commit");
        onA.executeWithoutResult(status -> a.context().publishEvent(change(committed)));

        await().atMost(PATIENCE).until(() -> feed(b).announced(committed) > 0);
        assertThat(feed(b).announced(undone)).as("notices arrive in commit order: the undone change never came")
                .isZero();
    }

    private static DataChangedEvent change(String topic) {
        return () -> topic;
    }

    @Test
    void a_node_whose_listening_connection_drops_reconnects_and_looks_again() {
        long offeringsSeenByB = feed(b).announced("offerings");
        int connections = bridge(b).connections();

        int ended = a.bean(JdbcTemplate.class).queryForObject(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                Integer.class, "metamut-listener-" + bridge(b).node());

        assertThat(ended).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> bridge(b).connections() > connections && bridge(b).listening());
        assertThat(feed(b).announced("offerings")).as("every topic looks again: notices may have been lost")
                .isGreaterThan(offeringsSeenByB);
    }

    @Test
    void the_daily_backup_started_on_both_nodes_at_once_runs_on_one() throws Exception {
        a.bean(JdbcTemplate.class).update("delete from shedlock");
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> runs = Stream.of(a, b).map(node -> CompletableFuture.runAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            node.bean(ScheduledBackup.class).run();
        })).toList();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

        assertThat(Map.of("A", backups(folder.resolve("a")), "B", backups(folder.resolve("b"))).values().stream()
                .mapToLong(Long::longValue).sum()).as("backups written by the two nodes").isEqualTo(1);
    }

    @Test
    void a_guesser_spreading_attempts_over_both_nodes_is_locked_on_both_until_a_reset_on_a_lifts_it_on_b() {
        String login = "directeur.adica";
        guessFiveTimesOnEach(a, b, login);

        for (Node node : List.of(a, b)) {
            assertThatThrownBy(() -> authenticate(node, login, DEMO_PASSWORD))
                    .as("ten attempts over the two nodes lock the login on %s", node.name())
                    .isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.isLocked()).isTrue());
        }

        Long id = a.bean(UserAccountRepository.class).findByUsernameIgnoreCase(login).orElseThrow().getId();
        String temporary = a.as(TestUsers.ADMIN, () -> a.bean(AccountService.class).resetPassword(id));
        await().atMost(PATIENCE).ignoreException(LoginThrottledException.class)
                .until(() -> authenticate(b, login, temporary).isAuthenticated());

        UserAccount account = a.bean(UserAccountRepository.class).findById(id).orElseThrow();
        account.changePassword(a.bean(PasswordEncoder.class).encode(DEMO_PASSWORD));
        a.bean(UserAccountRepository.class).save(account);
        a.bean(LoginLocks.class).lift(login);
    }

    @Test
    void an_unknown_login_guessed_on_both_nodes_is_locked_the_same_way() {
        String login = "directeur.inexistant";
        guessFiveTimesOnEach(b, a, login);

        assertThatThrownBy(() -> authenticate(b, login, DEMO_PASSWORD))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.isLocked()).isTrue())
                .isNotInstanceOf(BadCredentialsException.class);
        a.bean(LoginLocks.class).lift(login);
    }

    /** Ten wrong passwords, alternately on each node, starting with {@code first}. */
    private static void guessFiveTimesOnEach(Node first, Node second, String login) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> authenticate(first, login, "mauvais-mot-de-passe"));
            assertThatThrownBy(() -> authenticate(second, login, "mauvais-mot-de-passe"));
        }
    }

    private static Authentication authenticate(Node node, String login, String password) throws Exception {
        return node.bean(AuthenticationConfiguration.class).getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    private static long backups(Path node) throws IOException {
        Path directory = node.resolve("backups");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("metamut-")).count();
        }
    }
}
