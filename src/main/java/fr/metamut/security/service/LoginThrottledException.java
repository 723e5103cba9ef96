package fr.metamut.security.service;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;
import org.jspecify.annotations.Nullable;

/**
 * A login attempt refused without checking its password, because its login or its address made too many
 * attempts: the login page tells how long to wait, the same for accounts that exist and those that don't.
 */
public class LoginThrottledException extends AuthenticationException {

    private final transient @Nullable Instant until;
    private final boolean locked;

    public LoginThrottledException(@Nullable Instant until, boolean locked) {
        super("Too many login attempts");
        this.until = until;
        this.locked = locked;
    }

    public @Nullable Instant getUntil() {
        return until;
    }

    /** A lock (many attempts) rather than a short delay. */
    public boolean isLocked() {
        return locked;
    }
}
