package fr.metamut.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The login throttle's count for one login typed or one remote address, shared by every node on the database:
 * attempts since the last success, when the last one came, and a lock in force.
 */
@Entity
@Table(name = "login_tally")
public class LoginTally {

    public static final int KEY_MAX_LENGTH = 100;

    /** The kind (ACCOUNT or ADDRESS) and the key (a login as typed, lower case, or an address). */
    @Embeddable
    public record Id(@Column(name = "kind", length = 10) String kind,
                     @Column(name = "tally_key", length = KEY_MAX_LENGTH) String key) implements Serializable {
    }

    @EmbeddedId
    private Id id;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_attempt")
    private @Nullable Instant lastAttempt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected LoginTally() {
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable Instant getLastAttempt() {
        return lastAttempt;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public void count(int attempts, @Nullable Instant lastAttempt, @Nullable Instant lockedUntil) {
        this.attempts = attempts;
        this.lastAttempt = lastAttempt;
        this.lockedUntil = lockedUntil;
    }
}
