/**
 * Security in the Vaadin UI: the logged-in sessions and how they end (account changes, idle time), the
 * forced password change after a reset, and the user-menu entry to "Mon compte".
 */
package fr.metamut.security.ui;
