/**
 * Accounts, login and access rules: the Spring Security setup, the user accounts and their
 * administration, the demo accounts of the default profile and the first administrator in production;
 * the HTTP security headers every response carries ({@link fr.metamut.security.HttpHeadersConfiguration}).
 */
package fr.metamut.security;
