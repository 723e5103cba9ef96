package fr.metamut.collaboration.service;

import com.vaadin.flow.signals.shared.SharedNumberSignal;
import fr.metamut.base.domain.DataChangedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
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
 *
 * <p>The timer {@value #REFRESHED}: how long after a topic moved (a commit here, a notice heard from another node)
 * an open screen following it had refreshed ({@link #refreshed}), one record per screen.
 */
@Component
public class ChangeFeed implements MeterBinder {

    public static final String REFRESHED = "metamut.live.refreshed";

    private final Map<String, SharedNumberSignal> revisions = new ConcurrentHashMap<>();
    private final Map<String, Long> movedAt = new ConcurrentHashMap<>();
    private volatile Timer refreshes;

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
        movedAt.put(topic, System.nanoTime());
        revision(topic).incrementBy(1);
    }

    /** An open screen following the topic has refreshed after it moved. */
    public void refreshed(String topic) {
        Long moved = movedAt.get(topic);
        Timer timer = refreshes;
        if (moved != null && timer != null) {
            timer.record(Duration.ofNanos(System.nanoTime() - moved));
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        refreshes = Timer.builder(REFRESHED)
                .description("Time from a change committed here or heard from another node to an open screen refreshed")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
    }

    /** The topics followed or announced since start. */
    public Set<String> topics() {
        return Set.copyOf(revisions.keySet());
    }
}
