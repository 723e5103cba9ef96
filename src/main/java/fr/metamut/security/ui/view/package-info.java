/**
 * The login page (with why a session ended or why logging in must wait), the administrators' account
 * management page, and each user's password page.
 */
package fr.metamut.security.ui.view;
