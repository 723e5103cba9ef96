/**
 * Shared UI: the main layout with its menu, the translation provider (French first, English second)
 * and the small pieces every view uses (notifications, edit dialog, formats).
 */
package fr.metamut.base.ui;
