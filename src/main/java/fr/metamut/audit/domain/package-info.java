/**
 * The Envers revision entity (who, when) stamped on every audited change, and the security audit log
 * ({@link fr.metamut.audit.domain.AuditLogEntry}): logins, locks, logouts, account changes, imports applied.
 */
@NullMarked
package fr.metamut.audit.domain;

import org.jspecify.annotations.NullMarked;
