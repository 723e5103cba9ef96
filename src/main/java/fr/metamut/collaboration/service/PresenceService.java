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
 */
@Component
public class PresenceService {

    private record Seat(String topic, String key) {
    }

    private final Map<String, SharedMapSignal<Presence>> rooms = new ConcurrentHashMap<>();
    private final Map<Seat, LongSupplier> lastHeard = new ConcurrentHashMap<>();
    private final long timeoutMillis;
    private final ScheduledExecutorService sweeper;

    public PresenceService(@Value("${vaadin.heartbeatInterval:300}") long heartbeatSeconds) {
        this.timeoutMillis = Math.round(heartbeatSeconds * 1000 * 3.1);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("presence-sweeper").factory());
        sweeper.scheduleWithFixedDelay(this::sweep, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
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
    }

    /** Whether the seat is still taken (a swept seat is not, until its editor enters again). */
    public boolean isSeated(String topic, String key) {
        return lastHeard.containsKey(new Seat(topic, key));
    }

    /** Changes what a seated editor shows (e.g. the field they are in); nothing for a seat no longer taken. */
    public void update(String topic, String key, UnaryOperator<Presence> change) {
        SharedValueSignal<Presence> seat = room(topic).peek().get(key);
        if (seat != null && isSeated(topic, key)) {
            room(topic).put(key, change.apply(seat.peek()));
        }
    }

    public void leave(String topic, String key) {
        lastHeard.remove(new Seat(topic, key));
        room(topic).remove(key);
    }

    /** Frees the seats whose browser has not been heard of for longer than the heartbeat timeout. */
    public void sweep() {
        long now = System.currentTimeMillis();
        lastHeard.forEach((seat, heard) -> {
            if (now - heard.getAsLong() > timeoutMillis) {
                leave(seat.topic(), seat.key());
            }
        });
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}
