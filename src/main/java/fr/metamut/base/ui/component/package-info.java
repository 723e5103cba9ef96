/**
 * Reusable UI components: the generic edit dialog and the keyboard behaviour every dialog shares, the form
 * kit every form uses (French amounts and other decimal numbers, whole numbers, French date pickers, counted
 * length limits), the header every page starts with (title and main tools, {@link fr.metamut.base.ui.component.ViewHeader}),
 * a list page's "add" button or read-only note ({@link fr.metamut.base.ui.component.AddOrReadOnly}), the
 * confirmation before destructive actions, KPI cards, and the server-side SVG picture (with the one
 * escaping helper every SVG producer uses and the one {@code data-code} click listener).
 */
package fr.metamut.base.ui.component;
