package fr.metamut.base.domain;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A refusal the user can act on (duplicate, invalid value, stale data): carries a translation key and
 * its arguments so the UI shows it in the user's language. Thrown before anything is written.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private @Nullable String field;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /**
     * Names the form field the refusal is about (a property name such as {@code "budgetTotal"}), so that a
     * form shows the message on that field rather than in a toast. Returns this exception, to be thrown.
     */
    public UserFacingException onField(String fieldName) {
        this.field = fieldName;
        return this;
    }

    /** The field the refusal is about, when a service named one. */
    public java.util.Optional<String> getField() {
        return java.util.Optional.ofNullable(field);
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
