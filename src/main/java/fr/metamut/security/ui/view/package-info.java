/**
 * The login page (with why a session ended or why logging in must wait), the administrators' account
 * management page, and each user's own pages: "Mon compte" (profile, and what other features add there) and the
 * password change.
 */
package fr.metamut.security.ui.view;
