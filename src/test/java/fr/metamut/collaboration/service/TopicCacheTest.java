package fr.metamut.collaboration.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A value read from the database is shared until its topic moves: here, on another node, or after a reconnection. */
class TopicCacheTest {

    private final ChangeFeed feed = new ChangeFeed();
    private final ClusterChangeBridge bridge = new ClusterChangeBridge(null, null, feed,
            new PresenceService(30, System::currentTimeMillis), event -> { }, ClusterChangeBridge.CHANNEL);
    private final TopicCache<String, String> cache = new TopicCache<>(feed, user -> "notifications/" + user, 2);
    private final List<String> reads = new ArrayList<>();
    private final AtomicInteger database = new AtomicInteger(3);

    private String read(String user) {
        reads.add(user);
        return user + ":" + database.get();
    }

    @Test
    void a_value_is_read_once_until_its_topic_announces_a_change() {
        assertThat(cache.get("anna", this::read)).isEqualTo("anna:3");
        database.set(4);
        assertThat(cache.get("anna", this::read)).as("nothing announced yet").isEqualTo("anna:3");

        feed.bump("notifications/anna");

        assertThat(cache.get("anna", this::read)).isEqualTo("anna:4");
        assertThat(cache.get("anna", this::read)).isEqualTo("anna:4");
        assertThat(reads).containsExactly("anna", "anna");
    }

    @Test
    void another_topic_moving_keeps_the_value() {
        cache.get("anna", this::read);

        feed.bump("notifications/bruno");
        feed.bump("offerings");

        cache.get("anna", this::read);
        assertThat(reads).containsExactly("anna");
    }

    @Test
    void a_change_announced_by_another_node_or_missed_during_a_reconnection_is_read_again() {
        cache.get("anna", this::read);
        bridge.heard("b1|notifications/anna");
        database.set(5);
        assertThat(cache.get("anna", this::read)).isEqualTo("anna:5");

        database.set(6);
        bridge.lookAgain();

        assertThat(cache.get("anna", this::read)).isEqualTo("anna:6");
        assertThat(reads).hasSize(3);
    }

    @Test
    void a_change_announced_while_reading_is_read_again_next_time() {
        cache.get("anna", user -> {
            String seen = read(user);
            feed.bump("notifications/anna"); // committed and announced after the count was noted
            return seen;
        });

        cache.get("anna", this::read);
        assertThat(reads).hasSize(2);
    }

    @Test
    void nothing_read_inside_a_callers_transaction_nor_nothing_found_is_kept() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            cache.get("anna", this::read);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        cache.get("bruno", user -> null);

        cache.get("anna", this::read);
        cache.get("anna", this::read);
        assertThat(cache.get("bruno", this::read)).isEqualTo("bruno:3");
        assertThat(reads).containsExactly("anna", "anna", "bruno");
    }

    @Test
    void past_its_capacity_everything_is_read_again() {
        cache.get("anna", this::read);
        cache.get("bruno", this::read);
        cache.get("chloe", this::read);

        cache.get("anna", this::read);
        assertThat(reads).containsExactly("anna", "bruno", "chloe", "anna");
    }
}
