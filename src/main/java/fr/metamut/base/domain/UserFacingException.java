package fr.metamut.base.domain;

import java.util.Arrays;

/**
 * A refusal the user can act on (duplicate, invalid value, stale data): carries a translation key and
 * its arguments so the UI shows it in the user's language. Thrown before anything is written.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
