package fr.metamut.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.UserFacingException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the refusals services give users ({@link UserFacingException} and its message key). */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo(messageKey);
    }
}
