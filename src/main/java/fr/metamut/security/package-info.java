/**
 * Accounts, login and access rules: the Spring Security setup, the user accounts and their
 * administration, the demo accounts of the default profile and the first administrator in production.
 */
package fr.metamut.security;
