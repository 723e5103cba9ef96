package fr.metamut.collaboration.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Presence with several nodes: this node's seats are told to the others (taken, changed, told again at each sweep,
 * freed); the seats the others tell sit in the same rooms until freed, or until they are not told again within the
 * heartbeat timeout (their node stopped without a word).
 */
class PresenceElsewhereTest {

    private static final String ROOM = "offer/7";
    private static final Presence ADICO = new Presence("directeur.adico", "Directeur ADICO", null);

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final PresenceService presence = new PresenceService(30, now::get);
    private final List<String> told = new ArrayList<>();

    PresenceElsewhereTest() {
        presence.relayTo(new PresenceRelay() {
            @Override
            public void seated(String room, String key, Presence seat) {
                told.add("seated " + room + " " + key + " " + seat.field());
            }

            @Override
            public void left(String room, String key) {
                told.add("left " + room + " " + key);
            }
        });
    }

    private List<Presence> seated() {
        return presence.room(ROOM).peek().values().stream().map(seat -> seat.peek()).toList();
    }

    @Test
    void this_nodes_seats_are_told_to_the_others_when_taken_changed_still_taken_and_freed() {
        presence.enter(ROOM, "s1", ADICO, now::get);
        presence.update(ROOM, "s1", seat -> seat.editing("title"));
        presence.sweep();
        presence.leave(ROOM, "s1");

        assertThat(told).containsExactly("seated offer/7 s1 null", "seated offer/7 s1 title", "seated offer/7 s1 title",
                "left offer/7 s1");
    }

    @Test
    void a_seat_of_another_node_stays_while_told_again_and_goes_when_freed() {
        presence.seatedElsewhere(ROOM, "B:s1", ADICO);
        presence.seatedElsewhere(ROOM, "B:s1", ADICO.editing("budget"));
        assertThat(seated()).containsExactly(ADICO.editing("budget"));

        now.addAndGet(60_000);
        presence.seatedElsewhere(ROOM, "B:s1", ADICO.editing("budget"));
        now.addAndGet(60_000);
        presence.sweep();
        assertThat(seated()).as("told again within the timeout").hasSize(1);

        presence.leftElsewhere(ROOM, "B:s1");
        assertThat(seated()).isEmpty();
        assertThat(told).as("nothing of the other node's is told back").isEmpty();
    }

    @Test
    void the_seats_of_a_node_that_stopped_without_a_word_go_after_the_heartbeat_timeout() {
        presence.seatedElsewhere(ROOM, "B:s1", ADICO);

        now.addAndGet(93_000);
        presence.sweep();
        assertThat(seated()).as("three heartbeats (30 s) missed, not yet 3.1").hasSize(1);

        now.addAndGet(1_000);
        presence.sweep();
        assertThat(seated()).isEmpty();
    }

    @Test
    void the_seats_of_a_node_that_says_it_stops_go_at_once() {
        presence.seatedElsewhere(ROOM, "B:s1", ADICO);
        presence.seatedElsewhere("offer/8", "B:s2", ADICO);
        presence.seatedElsewhere(ROOM, "C:s1", ADICO.editing("title"));

        presence.allLeftElsewhere("B:");

        assertThat(seated()).containsExactly(ADICO.editing("title"));
        assertThat(presence.room("offer/8").peek()).isEmpty();
    }
}
