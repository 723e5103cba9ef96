package fr.metamut.audit.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of audited events the log page knows how to name and filter. Features publish the code as
 * text ({@link fr.metamut.base.domain.AuditEvent#action()}), so a code not listed here is still written
 * and shown, only under its raw name.
 */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGIN_LOCKED,
    LOGOUT,
    SESSION_ENDED,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    IMPORT_APPLIED,
    PROFILE_CHANGED;

    public String messageKey() {
        return "audit.action." + name();
    }

    public static Optional<AuditAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
    }
}
