package fr.metamut.security.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Unknown logins are counted exactly like real ones, so neither the delays nor the lock tell whether an
 * account exists. An address is counted only while it is not refused itself, and a login only when the
 * address let the attempt through: one address cannot lock every account. Memory is bounded (at most
 * {@code maxTracked} keys of each kind, the least useful dropped first); forgotten keys expire.
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

    /** A key's state: attempts since its last success, when the last one came, and any lock. */
    record Tally(int attempts, Instant lastAttempt, @Nullable Instant lockedUntil) {

        static final Tally NONE = new Tally(0, Instant.MIN, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private static final int KEY_MAX_LENGTH = 100;

    private final Clock clock;
    private final Settings settings;
    private final Map<Kind, Cache<String, Tally>> tallies = new EnumMap<>(Kind.class);

    public LoginThrottle(Clock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
        for (Kind kind : Kind.values()) {
            tallies.put(kind, Caffeine.newBuilder().maximumSize(settings.maxTracked())
                    .expireAfter(new ForgetAfter()).build());
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
        tallies.get(Kind.ACCOUNT).invalidate(attempt.account());
        if (attempt.address() != null) {
            tallies.get(Kind.ADDRESS).asMap().computeIfPresent(attempt.address(), (key, tally) ->
                    new Tally(Math.max(0, tally.attempts() - 1), tally.lastAttempt(), tally.lockedUntil()));
        }
    }

    /** Forgets a login's attempts and lock: an administrator has just reset its password or enabled it. */
    public void forget(String username) {
        tallies.get(Kind.ACCOUNT).invalidate(key(username));
    }

    /** Puts back a lock remembered from before a restart. */
    public void restore(Kind kind, String key, Instant until) {
        Instant now = clock.instant();
        if (until.isAfter(now)) {
            tallies.get(kind).asMap().merge(key(key), new Tally(settings.limits(kind).lockAfter(), now, until),
                    (old, restored) -> old.lockedAt(now) ? old : restored);
        }
    }

    /** The attempts counted against a key (for tests and diagnostics). */
    public int attempts(Kind kind, String key) {
        Tally tally = tallies.get(kind).getIfPresent(key(key));
        return tally == null || forgotten(tally, clock.instant()) ? 0 : tally.attempts();
    }

    private @Nullable Refusal count(Kind kind, String key, Instant now, List<Lock> locks) {
        Limits limits = settings.limits(kind);
        Tally[] before = new Tally[1];
        Tally after = tallies.get(kind).asMap().compute(key, (k, tally) -> {
            Tally current = tally == null || forgotten(tally, now) ? Tally.NONE : tally;
            before[0] = current;
            int attempts = current.attempts() + 1;
            Instant lockedUntil = attempts >= limits.lockAfter() && !current.lockedAt(now)
                    ? now.plus(settings.lockDuration()) : current.lockedUntil();
            return new Tally(attempts, now, lockedUntil);
        });
        if (after.lockedUntil() != null && !after.lockedUntil().equals(before[0].lockedUntil())) {
            locks.add(new Lock(kind, key, after.lockedUntil()));
        }
        return refusal(before[0], now, limits);
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

    /** Memory only: a key leaves the cache when it would be forgotten anyway (lock over, then quiet long enough). */
    private final class ForgetAfter implements Expiry<String, Tally> {

        @Override
        public long expireAfterCreate(String key, Tally tally, long currentTime) {
            Instant now = clock.instant();
            Instant end = tally.lastAttempt().plus(settings.forgetAfter());
            if (tally.lockedUntil() != null && tally.lockedUntil().isAfter(end)) {
                end = tally.lockedUntil().plus(settings.forgetAfter());
            }
            return Math.max(0, Duration.between(now, end).toNanos());
        }

        @Override
        public long expireAfterUpdate(String key, Tally tally, long currentTime, long currentDuration) {
            return expireAfterCreate(key, tally, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Tally tally, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
