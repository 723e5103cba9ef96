package fr.metamut.security.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import fr.metamut.security.domain.LoginTally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Counts login attempts per submitted login and per remote address, and says when the next one may be
 * tried: a few free attempts, then each must wait a delay that doubles, then the key is locked for a
 * while. Plain Java over a {@link Clock}, so tests count attempts instead of waiting.
 *
 * <p>Why a refusal until an instant rather than a sleep: a guesser sends requests in parallel, so sleeping
 * on each request slows nobody down and holds a server thread per guess (10 guesses/s for a minute is 600
 * sleeping threads); a refusal costs nothing (no bcrypt, no thread held) and holds for every connection
 * at once. Every attempt is counted the moment it arrives, before the password is checked, under the
 * key's own atomic update: parallel guesses cannot slip in between a check and a count. Refused attempts
 * count too, so hammering during a delay leads to the lock sooner; after a lock, one attempt is allowed
 * per lock period, and a success clears the login's count.
 *
 * <p><b>Several nodes, one count.</b> The counts are kept in {@link SharedTallies} (the database), each attempt
 * counted there atomically for every node sharing it: a guesser spreading attempts over N nodes is locked after
 * as many attempts as on one. A lock this node has seen refuses without asking: an attempt during a lock changes
 * nothing (the first one after it locks again), so a flood of guesses during the lock's fifteen minutes costs no
 * database work and holds no pooled connection. What a node has seen may be stale only the other way (another
 * node lifted the lock): {@link #forgetSeenLocks()} drops it when that node says so.
 *
 * <p>Unknown logins are counted exactly like real ones, so neither the delays nor the lock tell whether an
 * account exists. An address is counted only while it is not refused itself, and a login only when the
 * address let the attempt through: one address cannot lock every account. The locks a node remembers are
 * bounded (at most {@code maxTracked} of each kind) and leave its memory when they end.
 */
public class LoginThrottle {

    /** What is counted. */
    public enum Kind { ACCOUNT, ADDRESS }

    /** After {@code freeAttempts} attempts each waits a delay; from {@code lockAfter} attempts on, the key locks. */
    public record Limits(int freeAttempts, int lockAfter) {
    }

    public record Settings(Limits account, Limits address, Duration firstDelay, Duration maxDelay,
                           Duration lockDuration, Duration forgetAfter, int maxTracked) {

        Limits limits(Kind kind) {
            return kind == Kind.ACCOUNT ? account : address;
        }
    }

    /** Why an attempt is refused: a delay to respect, or a lock, until the given instant. */
    public record Refusal(@Nullable Instant until, boolean locked) {
    }

    /** A lock that this attempt started. */
    public record Lock(Kind kind, String key, Instant until) {
    }

    /** One counted attempt: refused (with why) or allowed to check its password. */
    public record Attempt(String account, @Nullable String address, @Nullable Refusal refusal, List<Lock> locksStarted) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    /** A key's count: attempts since its last success, when the last one came, and any lock. */
    public record Tally(int attempts, Instant lastAttempt, @Nullable Instant lockedUntil) {

        /** A key with no attempt: what an absent or forgotten key reads as. */
        public static final Tally NONE = new Tally(0, Instant.MIN, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** Nothing to remember: no attempt and no lock. */
        public boolean none() {
            return attempts == 0 && lockedUntil == null;
        }
    }

    /** Where the counts are kept for every node sharing them; a key nobody counted reads as {@link Tally#NONE}. */
    public interface SharedTallies {

        /**
         * Replaces the key's tally by {@code change}'s result, atomically for every node (a result with
         * {@link Tally#none()} may remove the key); returns the tally {@code change} was given.
         */
        Tally update(Kind kind, String key, UnaryOperator<Tally> change);

        Tally read(Kind kind, String key);
    }

    /** Keys are cut to what the database column holds. */
    private static final int KEY_MAX_LENGTH = LoginTally.KEY_MAX_LENGTH;

    private final Clock clock;
    private final Settings settings;
    private final SharedTallies shared;
    /** The locks this node has seen, until they end: refused here without asking the shared counts. */
    private final Map<Kind, Cache<String, Instant>> locked = new EnumMap<>(Kind.class);
    /** How many times another node lifted a lock: a lock read while one was lifted is not remembered. */
    private final AtomicLong lifts = new AtomicLong();

    public LoginThrottle(Clock clock, Settings settings, SharedTallies shared) {
        this.clock = clock;
        this.settings = settings;
        this.shared = shared;
        for (Kind kind : Kind.values()) {
            locked.put(kind, Caffeine.newBuilder().maximumSize(settings.maxTracked())
                    .expireAfter(new UntilItEnds()).build());
        }
    }

    /** Counts an attempt by {@code username} from {@code address} (null when unknown) and says whether it may go on. */
    public Attempt begin(String username, @Nullable String address) {
        Instant now = clock.instant();
        String account = key(username);
        String from = address == null || address.isBlank() ? null : key(address);
        List<Lock> locks = new ArrayList<>();
        if (from != null) {
            Refusal refusal = count(Kind.ADDRESS, from, now, locks);
            if (refusal != null) {
                return new Attempt(account, from, refusal, locks);
            }
        }
        Refusal refusal = count(Kind.ACCOUNT, account, now, locks);
        return new Attempt(account, from, refusal, locks);
    }

    /** The attempt's password was right: the login starts afresh, and the address's count takes it back. */
    public void succeeded(Attempt attempt) {
        forget(attempt.account());
        if (attempt.address() != null) {
            shared.update(Kind.ADDRESS, attempt.address(), tally -> tally.attempts() == 0 ? tally
                    : new Tally(tally.attempts() - 1, tally.lastAttempt(), tally.lockedUntil()));
        }
    }

    /** Forgets a login's attempts and lock: an administrator has just reset its password or enabled it. */
    public void forget(String username) {
        String account = key(username);
        shared.update(Kind.ACCOUNT, account, tally -> Tally.NONE);
        locked.get(Kind.ACCOUNT).invalidate(account);
    }

    /** Drops the locks this node has seen: another node lifted one, the shared counts decide again. */
    public void forgetSeenLocks() {
        lifts.incrementAndGet();
        locked.values().forEach(Cache::invalidateAll);
    }

    /** The attempts counted against a key (for tests and diagnostics). */
    public int attempts(Kind kind, String key) {
        Tally tally = shared.read(kind, key(key));
        return forgotten(tally, clock.instant()) ? 0 : tally.attempts();
    }

    private @Nullable Refusal count(Kind kind, String key, Instant now, List<Lock> locks) {
        Instant lockSeen = locked.get(kind).getIfPresent(key);
        if (lockSeen != null && now.isBefore(lockSeen)) {
            // an attempt during a lock changes nothing (the first one after it locks again): no need to count it
            return new Refusal(lockSeen, true);
        }
        Limits limits = settings.limits(kind);
        UnaryOperator<Tally> change = tally -> {
            Tally before = forgotten(tally, now) ? Tally.NONE : tally;
            int attempts = before.attempts() + 1;
            Instant lockedUntil = attempts >= limits.lockAfter() && !before.lockedAt(now)
                    ? now.plus(settings.lockDuration()) : before.lockedUntil();
            return new Tally(attempts, now, lockedUntil);
        };
        long liftsBefore = lifts.get();
        Tally stored = shared.update(kind, key, change);
        Tally before = forgotten(stored, now) ? Tally.NONE : stored;
        Tally after = change.apply(stored);
        if (after.lockedAt(now)) {
            locked.get(kind).put(key, after.lockedUntil());
            if (lifts.get() != liftsBefore) {
                // a lock was lifted elsewhere while this one was read: the shared counts decide next time
                locked.get(kind).invalidate(key);
            }
        }
        if (after.lockedUntil() != null && !after.lockedUntil().equals(before.lockedUntil())) {
            locks.add(new Lock(kind, key, after.lockedUntil()));
        }
        return refusal(before, now, limits);
    }

    private @Nullable Refusal refusal(Tally tally, Instant now, Limits limits) {
        if (tally.lockedAt(now)) {
            return new Refusal(tally.lockedUntil(), true);
        }
        if (tally.attempts() >= limits.freeAttempts()) {
            Instant next = tally.lastAttempt().plus(delay(tally.attempts() - limits.freeAttempts()));
            if (now.isBefore(next)) {
                return new Refusal(next, false);
            }
        }
        return null;
    }

    /** The wait after the n-th attempt past the free ones: first delay, doubled each time, up to the maximum. */
    private Duration delay(int beyondFree) {
        Duration delay = settings.firstDelay();
        for (int i = 0; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private boolean forgotten(Tally tally, Instant now) {
        return !tally.lockedAt(now) && !now.isBefore(tally.lastAttempt().plus(settings.forgetAfter()));
    }

    private static String key(@Nullable String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return key.length() <= KEY_MAX_LENGTH ? key : key.substring(0, KEY_MAX_LENGTH);
    }

    /** A lock seen here leaves this node's memory when it ends. */
    private final class UntilItEnds implements Expiry<String, Instant> {

        @Override
        public long expireAfterCreate(String key, Instant until, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), until).toNanos());
        }

        @Override
        public long expireAfterUpdate(String key, Instant until, long currentTime, long currentDuration) {
            return expireAfterCreate(key, until, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Instant until, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
