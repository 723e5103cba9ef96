/**
 * Shared UI: the main layout with its menu, the translation provider (French first, English second)
 * and the small pieces every view uses (notifications, the guard against leaving unsaved changes, formats,
 * the validator of the characters a text field may hold); what the user sees of an unexpected error (a message
 * with a reference, logged once: {@link fr.metamut.base.ui.UnexpectedErrors}); and the log filter that sums up
 * malformed client requests.
 */
package fr.metamut.base.ui;
