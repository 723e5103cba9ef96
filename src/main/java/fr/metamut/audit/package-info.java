/**
 * Attributable history: Hibernate Envers revisions stamped with the user who made them, and the security
 * audit log that features feed by publishing {@link fr.metamut.base.domain.AuditEvent} (written here with
 * the time and the caller's address, and shown to administrators on a filterable page).
 */
package fr.metamut.audit;
