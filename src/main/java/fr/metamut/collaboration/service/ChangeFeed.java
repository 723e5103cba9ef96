package fr.metamut.collaboration.service;

import com.vaadin.flow.signals.shared.SharedNumberSignal;
import fr.metamut.base.domain.DataChangedEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One shared signal per topic ("offerings", "offer/42", ...), bumped after every committed
 * {@link DataChangedEvent} under that topic. Screens read the signal in an effect and reload when it
 * moves: Vaadin runs the effect in each user's UI and pushes the result. Only after commit, so a screen
 * never shows data that a rollback then removed; the database stays the truth, the signal only says
 * "look again".
 */
@Component
public class ChangeFeed {

    private final Map<String, SharedNumberSignal> revisions = new ConcurrentHashMap<>();

    /** The revision counter of a topic; read it with {@code get()} inside an effect to follow it. */
    public SharedNumberSignal revision(String topic) {
        return revisions.computeIfAbsent(topic, t -> new SharedNumberSignal());
    }

    /**
     * How many committed changes the topic has announced since start, read without following it: a reader
     * that notes it before reading the database is sure to see every change announced up to that number.
     */
    public long announced(String topic) {
        return revision(topic).peek().longValue();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onChange(DataChangedEvent event) {
        bump(event.topic());
    }

    /** Tells the followers of the topic to look again (a committed change here, or one on another node). */
    public void bump(String topic) {
        revision(topic).incrementBy(1);
    }

    /** The topics followed or announced since start. */
    public Set<String> topics() {
        return Set.copyOf(revisions.keySet());
    }
}
