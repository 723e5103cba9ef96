package fr.metamut.security.service;

import fr.metamut.security.domain.LoginLock;
import fr.metamut.security.domain.LoginLockRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the throttle's locks in the database, and puts them back into the throttle when the application starts. */
@Service
@Transactional
public class LoginLocks {

    private final LoginLockRepository locks;
    private final LoginThrottle throttle;
    private final Clock clock;

    public LoginLocks(LoginLockRepository locks, LoginThrottle throttle, Clock clock) {
        this.locks = locks;
        this.throttle = throttle;
        this.clock = clock;
    }

    public void remember(LoginThrottle.Lock lock) {
        Instant now = Instant.now(clock);
        locks.deleteExpired(now);
        locks.save(new LoginLock(lock.kind().name(), lock.key(), lock.until()));
    }

    /** An administrator's reset or re-enabling lifts the login's lock, here and in the throttle. */
    public void lift(String username) {
        throttle.forget(username);
        locks.deleteById(new LoginLock.Id(LoginThrottle.Kind.ACCOUNT.name(),
                username.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void restore() {
        for (LoginLock lock : locks.findByLockedUntilAfter(Instant.now(clock))) {
            throttle.restore(LoginThrottle.Kind.valueOf(lock.getKind()), lock.getKey(), lock.getLockedUntil());
        }
    }
}
