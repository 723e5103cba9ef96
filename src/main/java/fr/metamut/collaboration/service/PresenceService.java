package fr.metamut.collaboration.service;

import com.vaadin.flow.signals.shared.SharedMapSignal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who has which shared item open, and which field each person is editing: one Vaadin shared map signal
 * per item ("room"), keyed by an id per open editor. Editors put themselves in on attach and remove
 * themselves on detach; every editor of the room follows the map in an effect.
 */
@Component
public class PresenceService {

    private final Map<String, SharedMapSignal<Presence>> rooms = new ConcurrentHashMap<>();

    public SharedMapSignal<Presence> room(String topic) {
        return rooms.computeIfAbsent(topic, t -> new SharedMapSignal<>(Presence.class));
    }
}
