package fr.metamut.security.service;

import fr.metamut.base.domain.DataChangedEvent;
import fr.metamut.collaboration.service.ChangedOnAnotherNode;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lifts a login's lock for every node: the shared count is cleared, and the other nodes sharing the database are
 * told ({@link LockLifted}'s topic) to drop the locks they have seen, which the shared counts then decide again.
 */
@Service
public class LoginLocks {

    /** Published when an administrator lifted a login's lock; its topic reaches the other nodes. */
    public record LockLifted() implements DataChangedEvent {

        static final String TOPIC = "login-locks";

        @Override
        public String topic() {
            return TOPIC;
        }
    }

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    public LoginLocks(LoginThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
    }

    /** An administrator's reset or re-enabling lifts the login's lock, on every node. */
    @Transactional
    public void lift(String username) {
        throttle.forget(username);
        events.publishEvent(new LockLifted());
    }

    /** Another node lifted a lock, or its notices may have been missed (no transaction: heard for every notice). */
    @EventListener
    public void changedElsewhere(ChangedOnAnotherNode change) {
        if (change.concerns(List.of(LockLifted.TOPIC))) {
            throttle.forgetSeenLocks();
        }
    }
}
