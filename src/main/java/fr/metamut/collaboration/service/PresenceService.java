package fr.metamut.collaboration.service;

import com.vaadin.flow.signals.shared.SharedMapSignal;
import com.vaadin.flow.signals.shared.SharedValueSignal;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who has which shared item open, and which field each person is editing: one Vaadin shared map signal
 * per item ("room"), keyed by an id per open editor ("seat"). Editors take a seat on attach and leave it on
 * detach; every editor of the room follows the map in an effect.
 *
 * <p>A seat also ends when its browser stops sending heartbeats: a tab closed without its unload beacon
 * (a crash, a lost network, a laptop put to sleep) would otherwise stay in the room until the whole HTTP
 * session expires, since Vaadin only drops a silent UI when its session makes another request. Each seat
 * says when its browser was last heard of; a sweeper frees the seats silent for longer than Vaadin's own
 * heartbeat timeout (three missed heartbeats).
 *
 * <p>With several nodes, the seats of the other nodes sit in the same rooms (keyed {@code <node>:<seat>}),
 * told by the {@link PresenceRelay}: taken, changed, freed. Each node tells its seats again at every sweep, so a
 * seat of another node that is not told again within the heartbeat timeout (that node stopped without saying
 * so) is freed like a silent browser.
 */
@Component
public class PresenceService {

    private record Seat(String topic, String key) {
    }

    private final Map<String, SharedMapSignal<Presence>> rooms = new ConcurrentHashMap<>();
    private final Map<Seat, LongSupplier> lastHeard = new ConcurrentHashMap<>();
    private final Map<Seat, Long> elsewhereHeard = new ConcurrentHashMap<>();
    private final long timeoutMillis;
    private final LongSupplier clock;
    private final ScheduledExecutorService sweeper;
    private volatile PresenceRelay relay = PresenceRelay.NOBODY;

    @Autowired
    public PresenceService(@Value("${vaadin.heartbeatInterval:300}") long heartbeatSeconds) {
        this(heartbeatSeconds, System::currentTimeMillis);
        sweeper.scheduleWithFixedDelay(this::sweep, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    /** Without the periodic sweep (tests call {@link #sweep()}), on the given clock (epoch milliseconds). */
    PresenceService(long heartbeatSeconds, LongSupplier clock) {
        this.timeoutMillis = Math.round(heartbeatSeconds * 1000 * 3.1);
        this.clock = clock;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("presence-sweeper").factory());
    }

    public SharedMapSignal<Presence> room(String topic) {
        return rooms.computeIfAbsent(topic, t -> new SharedMapSignal<>(Presence.class));
    }

    /**
     * Takes (or takes again) a seat in the room. {@code lastHeard} gives when the browser behind it last
     * showed it is alive (epoch milliseconds), e.g. the UI's last heartbeat.
     */
    public void enter(String topic, String key, Presence presence, LongSupplier lastHeard) {
        this.lastHeard.put(new Seat(topic, key), lastHeard);
        room(topic).put(key, presence);
        relay.seated(topic, key, presence);
    }

    /** Whether the seat is still taken (a swept seat is not, until its editor enters again). */
    public boolean isSeated(String topic, String key) {
        return lastHeard.containsKey(new Seat(topic, key));
    }

    /** Changes what a seated editor shows (e.g. the field they are in); nothing for a seat no longer taken. */
    public void update(String topic, String key, UnaryOperator<Presence> change) {
        SharedValueSignal<Presence> seat = room(topic).peek().get(key);
        if (seat != null && isSeated(topic, key)) {
            Presence changed = change.apply(seat.peek());
            room(topic).put(key, changed);
            relay.seated(topic, key, changed);
        }
    }

    public void leave(String topic, String key) {
        lastHeard.remove(new Seat(topic, key));
        room(topic).remove(key);
        relay.left(topic, key);
    }

    /** Frees the seats whose browser has not been heard of for longer than the heartbeat timeout. */
    public void sweep() {
        long now = clock.getAsLong();
        lastHeard.forEach((seat, heard) -> {
            if (now - heard.getAsLong() > timeoutMillis) {
                leave(seat.topic(), seat.key());
            }
        });
        elsewhereHeard.forEach((seat, heard) -> {
            if (now - heard > timeoutMillis) {
                leftElsewhere(seat.topic(), seat.key());
            }
        });
        tellOthers();
    }

    /** Tells the other nodes every seat taken on this one (they free the seats not told again in time). */
    void tellOthers() {
        lastHeard.keySet().forEach(seat -> {
            SharedValueSignal<Presence> taken = room(seat.topic()).peek().get(seat.key());
            Presence presence = taken == null ? null : taken.peek();
            if (presence != null) {
                relay.seated(seat.topic(), seat.key(), presence);
            }
        });
    }

    void relayTo(PresenceRelay relay) {
        this.relay = relay;
    }

    /** A seat of another node, taken, changed or told again; {@code key} names the node and its seat there. */
    void seatedElsewhere(String topic, String key, Presence presence) {
        elsewhereHeard.put(new Seat(topic, key), clock.getAsLong());
        SharedValueSignal<Presence> seat = room(topic).peek().get(key);
        if (seat == null || !presence.equals(seat.peek())) {
            room(topic).put(key, presence);
        }
    }

    /** A seat of another node freed. */
    void leftElsewhere(String topic, String key) {
        if (elsewhereHeard.remove(new Seat(topic, key)) != null) {
            room(topic).remove(key);
        }
    }

    /** Every seat of another node whose keys start with {@code prefix} freed (that node stopped). */
    void allLeftElsewhere(String prefix) {
        elsewhereHeard.keySet().stream().filter(seat -> seat.key().startsWith(prefix))
                .forEach(seat -> leftElsewhere(seat.topic(), seat.key()));
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}
