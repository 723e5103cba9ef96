package fr.metamut.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.UserFacingException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The one way an authorization test says "refused": the service itself throws, whatever a screen shows.
 * Log the caller in with {@link TestUsers} first; a permission matrix goes into an {@link AuthorizationTable}.
 */
public final class Denials {

    private Denials() {
    }

    /**
     * Refused by the service's authorization: a logged-in caller without the right, or a visitor who has not
     * logged in ({@link TestUsers#loginAnonymous()}, as Spring Security's anonymous filter presents them).
     */
    public static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Refused by authorization or by a rule of the object's state (a workflow step from a state it does not
     * start from is refused to everyone, as a {@link UserFacingException}).
     */
    public static void assertDeniedOrRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(AccessDeniedException.class, UserFacingException.class);
    }

    /** Refused for want of any authentication at all (no security context: a background thread, a command). */
    public static void assertNeedsLogin(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
