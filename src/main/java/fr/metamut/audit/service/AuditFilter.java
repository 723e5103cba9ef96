package fr.metamut.audit.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit page asks for: one action code (or all), the login that acted or was acted upon
 * (part of it, case ignored), and a period of days, each bound optional and inclusive.
 */
public record AuditFilter(@Nullable String action, @Nullable String account, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
