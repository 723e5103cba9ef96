package fr.metamut.security.service;

import fr.metamut.security.domain.LoginTally;
import fr.metamut.security.domain.LoginTallyRepository;
import fr.metamut.security.service.LoginThrottle.Kind;
import fr.metamut.security.service.LoginThrottle.Tally;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login throttle's counts in the database ({@code login_tally}), shared by every node on it. An update adds
 * the key's row if it is missing ({@code on conflict do nothing}: two nodes adding it at once both go on), then
 * takes the row's lock for the rest of the transaction, so two nodes counting one key do it one after the other.
 * A key that starts afresh loses its row; rows nobody would read any more are purged every hour, on one node (not at start-up).
 */
@Service
@Transactional
public class LoginTallies implements LoginThrottle.SharedTallies {

    static final String PURGE_LOCK = "login-tallies-purge";
    private static final Logger LOG = LoggerFactory.getLogger(LoginTallies.class);
    /** A row deleted between its adding and its locking (a purge, a success elsewhere) is added again. */
    private static final int TRIES = 3;

    private final LoginTallyRepository tallies;
    private final LoginThrottleProperties settings;
    private final Clock clock;

    public LoginTallies(LoginTallyRepository tallies, LoginThrottleProperties settings, Clock clock) {
        this.tallies = tallies;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Tally update(Kind kind, String key, UnaryOperator<Tally> change) {
        LoginTally.Id id = new LoginTally.Id(kind.name(), key);
        for (int tries = 1; ; tries++) {
            tallies.addIfAbsent(id.kind(), id.key());
            Optional<LoginTally> row = tallies.lockById(id);
            if (row.isPresent()) {
                Tally before = tally(row.get());
                Tally after = change.apply(before);
                if (after.none()) {
                    tallies.delete(row.get());
                } else {
                    row.get().count(after.attempts(), stored(after.lastAttempt()), after.lockedUntil());
                }
                return before;
            }
            if (tries == TRIES) {
                throw new IllegalStateException("The login tally " + id + " vanished " + TRIES + " times");
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Tally read(Kind kind, String key) {
        return tallies.findById(new LoginTally.Id(kind.name(), key)).map(LoginTallies::tally).orElse(Tally.NONE);
    }

    /** Deletes the rows the throttle would treat as forgotten anyway (no lock in force, quiet long enough). */
    @Scheduled(initialDelayString = "${metamut.login-throttle.purge-interval:PT1H}",
            fixedDelayString = "${metamut.login-throttle.purge-interval:PT1H}")
    @SchedulerLock(name = PURGE_LOCK, lockAtMostFor = "PT10M")
    public void purge() {
        Instant now = clock.instant();
        int purged = tallies.deleteForgotten(now, now.minus(settings.forgetAfter()));
        if (purged > 0) {
            LOG.info("Login throttle: {} forgotten logins and addresses purged", purged);
        }
    }

    private static Tally tally(LoginTally row) {
        Instant last = row.getLastAttempt();
        return new Tally(row.getAttempts(), last == null ? Instant.MIN : last, row.getLockedUntil());
    }

    /** {@link Tally#NONE}'s "never" is not a time the database holds. */
    private static @Nullable Instant stored(Instant lastAttempt) {
        return lastAttempt.equals(Instant.MIN) ? null : lastAttempt;
    }
}
