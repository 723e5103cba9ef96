/**
 * Authentication (accounts as Spring Security principals, the throttled login provider and its locks),
 * account administration (administrators only, every change audited), the password policy, a user's
 * own password change and profile ("Mon compte": name, e-mail address), why sessions end ({@link fr.metamut.security.service.SessionEnd}), demo accounts
 * outside production and the production bootstrap of the first administrator.
 */
@NullMarked
package fr.metamut.security.service;

import org.jspecify.annotations.NullMarked;
