package fr.metamut.base.domain;

import org.jspecify.annotations.Nullable;

/**
 * Something an administrator must be able to trace (a login, a lock, an account change, an import
 * applied): published by the feature where it happens, written to the audit log by the {@code audit}
 * feature with the time and the caller's address.
 *
 * @param action what happened, a stable code such as {@code LOGIN_FAILURE} or {@code IMPORT_APPLIED}
 * @param actor  the login of who did it ({@code null} for the system or an unknown visitor)
 * @param target what it was done to (an account's login, a file name), or {@code null}
 * @param detail free text for the reader of the log, or {@code null}
 */
public record AuditEvent(String action, String actor, @Nullable String target, @Nullable String detail) {
}
