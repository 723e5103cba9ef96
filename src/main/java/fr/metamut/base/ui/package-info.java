/**
 * Shared UI: the main layout with its menu, the translation provider (French first, English second)
 * and the small pieces every view uses (notifications, the guard against leaving unsaved changes, formats).
 */
package fr.metamut.base.ui;
