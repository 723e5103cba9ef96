/**
 * Shared UI: the main layout with its menu, the translation provider (French first, English second)
 * and the small pieces every view uses (notifications, the guard against leaving unsaved changes, formats,
 * the validator of the characters a text field may hold); the log filter that sums up malformed client
 * requests; and the load harness's request probe, off unless {@code metamut.benchmark.probe=true}.
 */
package fr.metamut.base.ui;
