package fr.metamut.collaboration.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.signals.Signal;
import fr.metamut.collaboration.service.Presence;
import fr.metamut.collaboration.service.PresenceService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The avatars of who has a shared item open, this user among them. While attached, this editor holds a
 * seat in the item's room; it leaves the room when it detaches (navigation, the tab's unload beacon, the
 * UI closed after missed heartbeats) and, as a last resort, when the {@link PresenceService} sweeper finds
 * its browser silent. A heartbeat after such a sweep takes the seat again.
 */
public class PresenceAvatars extends AvatarGroup {

    private final PresenceService presence;
    private final String topic;
    private final String key = UUID.randomUUID().toString();
    private final Presence me;
    private Consumer<Map<String, List<String>>> othersEditing = fields -> { };
    private String myField;
    private Registration heartbeats;

    public PresenceAvatars(PresenceService presence, String topic, Presence me) {
        this.presence = presence;
        this.topic = topic;
        this.me = me;
        setMaxItemsVisible(8);
        Signal.effect(this, this::show);
    }

    /** Tells the others which field this user is in ({@code null}: none). */
    public void editing(String field) {
        myField = field;
        presence.update(topic, key, p -> p.editing(field));
    }

    /** Called with, per field name, the display names of the others editing it, whenever that changes (from attach on). */
    public void onOthersEditing(Consumer<Map<String, List<String>>> listener) {
        othersEditing = listener;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        seat(ui);
        heartbeats = ui.addHeartbeatListener(beat -> {
            if (!presence.isSeated(topic, key)) {
                seat(ui);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (heartbeats != null) {
            heartbeats.remove();
        }
        presence.leave(topic, key);
        super.onDetach(event);
    }

    private void seat(UI ui) {
        presence.enter(topic, key, me.editing(myField), () -> ui.getInternals().getLastHeartbeatTimestamp());
    }

    private void show() {
        List<Presence> present = new ArrayList<>();
        Map<String, List<String>> editing = new LinkedHashMap<>();
        presence.room(topic).get().forEach((seat, signal) -> {
            Presence p = signal.get();
            if (p == null) {
                return;
            }
            if (present.stream().noneMatch(q -> q.username().equals(p.username()))) {
                present.add(p);
            }
            if (!seat.equals(key) && p.field() != null) {
                editing.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.displayName());
            }
        });
        setItems(present.stream().map(p -> new AvatarGroupItem(p.displayName())).toList());
        othersEditing.accept(editing);
    }

    /** This editor's seat in the room, e.g. for tests. */
    public String seat() {
        return key;
    }
}
