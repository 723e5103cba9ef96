/**
 * Accounts, login and access rules: the Spring Security setup, the throttled login, the user accounts and
 * their administration, passwords, the ending of sessions whose access was withdrawn or that sat idle, the
 * demo accounts of the default profile and the first administrator in production, and the HTTP security
 * headers every response carries ({@link fr.metamut.security.HttpHeadersConfiguration}). Security events
 * are published as {@link fr.metamut.base.domain.AuditEvent} for the audit log.
 */
package fr.metamut.security;
