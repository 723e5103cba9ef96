package fr.metamut.collaboration.service;

import fr.metamut.base.domain.DataChangedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Relays committed {@link DataChangedEvent}s to subscribers (open screens). Only after commit: a
 * screen never shows data that a rollback then removed. Subscribers must be quick and must not
 * throw; UIs hand the work to {@code UI.access}, which pushes the refresh to the browser.
 */
@Component
public class ChangeFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** Calls {@code listener} after every committed change under {@code topic}; close the result to stop. */
    public AutoCloseable subscribe(String topic, Consumer<DataChangedEvent> listener) {
        Subscription subscription = new Subscription(topic, listener);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onChange(DataChangedEvent event) {
        for (Subscription subscription : subscriptions) {
            if (subscription.topic().equals(event.topic())) {
                try {
                    subscription.listener().accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("A subscriber of {} failed", event.topic(), e);
                }
            }
        }
    }

    public int subscriberCount() {
        return subscriptions.size();
    }

    private record Subscription(String topic, Consumer<DataChangedEvent> listener) {
    }
}
