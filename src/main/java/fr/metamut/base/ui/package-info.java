/**
 * Shared UI: the main layout with its menu, the one extension point through which features add components to
 * places they do not own ({@link fr.metamut.base.ui.PageContribution}: the navigation bar, the user menu, a page's
 * toolbar), how every page's title is set ({@link fr.metamut.base.ui.TitledView}), the translation provider
 * (French first, English second)
 * and the small pieces every view uses (notifications, the guard against leaving unsaved changes, formats,
 * the validator of the characters a text field may hold); what the user sees of an unexpected error (a message
 * with a reference, logged once: {@link fr.metamut.base.ui.UnexpectedErrors}); the log filter that sums up
 * malformed client requests; and the load harness's request probe, off unless {@code metamut.benchmark.probe=true}.
 */
package fr.metamut.base.ui;
