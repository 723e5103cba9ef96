package fr.metamut.security.service;

/**
 * Published when an account's sessions must end (disabled, role or operator changed, password reset or
 * changed); acted upon after commit, so a change that is rolled back ends nothing.
 *
 * @param accountId          the account
 * @param reason             what the user is told on the login page
 * @param keepCallersSession whether the session making the change stays open (a user changing their
 *                           own password keeps the session they changed it from)
 */
public record AccountAccessWithdrawn(Long accountId, SessionEnd reason, boolean keepCallersSession) {
}
