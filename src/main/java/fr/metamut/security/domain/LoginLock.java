package fr.metamut.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A temporary login lock (too many attempts for a login or from an address), kept in the database only so
 * that a restart does not lift it; the throttle itself counts in memory.
 */
@Entity
@Table(name = "login_lock")
public class LoginLock {

    public static final int KEY_MAX_LENGTH = 100;

    /** The kind (ACCOUNT or ADDRESS) and the key (a login as typed, lower case, or an address). */
    @Embeddable
    public record Id(@Column(name = "kind", length = 10) String kind,
                     @Column(name = "lock_key", length = KEY_MAX_LENGTH) String key) implements Serializable {
    }

    @EmbeddedId
    private Id id;

    @Column(name = "locked_until", nullable = false)
    private Instant lockedUntil;

    protected LoginLock() {
    }

    public LoginLock(String kind, String key, Instant lockedUntil) {
        this.id = new Id(kind, key);
        this.lockedUntil = lockedUntil;
    }

    public String getKind() {
        return id.kind();
    }

    public String getKey() {
        return id.key();
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
