package fr.metamut.collaboration.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the cluster bridge does with a notice it hears (the sending and listening over PostgreSQL are
 * {@link TwoNodesTest}'s): a change of another node drops the caches, then moves the topic; presence seats of
 * another node sit in this node's rooms under that node's name; this node's own notices change nothing.
 */
class ClusterNoticesTest {

    private final ChangeFeed feed = new ChangeFeed();
    private final PresenceService presence = new PresenceService(30, System::currentTimeMillis);
    private final List<Object> published = new ArrayList<>();
    private final ClusterChangeBridge bridge = new ClusterChangeBridge(null, null, feed, presence, event -> {
        published.add(event + " at revision " + feed.announced("offerings"));
    }, ClusterChangeBridge.CHANNEL);

    @Test
    void a_change_of_another_node_drops_the_caches_then_moves_the_topic() {
        bridge.heard("b1|offerings");

        assertThat(published).containsExactly(new ChangedOnAnotherNode("offerings") + " at revision 0");
        assertThat(feed.announced("offerings")).isEqualTo(1);
    }

    @Test
    void a_change_notice_times_how_long_it_took_from_the_other_node_a_presence_notice_does_not() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        bridge.bindTo(registry);

        bridge.heard("b1@" + (System.currentTimeMillis() - 40) + "|offerings");
        bridge.heard("b1@" + System.currentTimeMillis() + "|@left|offer%2F7|s1");
        bridge.heard("b1@not-a-time|offerings");

        Timer propagation = registry.get(ClusterChangeBridge.PROPAGATION).timer();
        assertThat(propagation.count()).isEqualTo(1);
        assertThat(propagation.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(40);
        assertThat(feed.announced("offerings")).as("applied, timed or not").isEqualTo(2);
    }

    @Test
    void this_nodes_own_notices_change_nothing() {
        bridge.heard(bridge.node() + "|offerings");
        bridge.heard(bridge.node() + "@" + System.currentTimeMillis() + "|offerings");
        bridge.heard(bridge.node() + "|@seat|offer%2F7|s1|directeur.adico|Directeur|");

        assertThat(published).isEmpty();
        assertThat(feed.announced("offerings")).isZero();
        assertThat(presence.room("offer/7").peek()).isEmpty();
    }

    @Test
    void a_seat_of_another_node_is_kept_under_that_nodes_name_until_it_leaves() {
        bridge.heard("b1|@seat|offer%2F7|s1|directeur.adico|Directeur+%7C+ADICO|title");

        assertThat(presence.room("offer/7").peek()).containsOnlyKeys("b1:s1");
        assertThat(presence.room("offer/7").peek().get("b1:s1").peek())
                .isEqualTo(new Presence("directeur.adico", "Directeur | ADICO", "title"));

        bridge.heard("b1|@left|offer%2F7|s1");
        assertThat(presence.room("offer/7").peek()).isEmpty();
    }

    @Test
    void a_notice_it_cannot_read_is_ignored() {
        bridge.heard("no separator");
        bridge.heard("b1|@seat|offer%2F7");
        bridge.heard("b1|@unknown");

        assertThat(presence.room("offer/7").peek()).isEmpty();
    }
}
