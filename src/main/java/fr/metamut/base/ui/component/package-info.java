/** Reusable UI components: the generic edit dialog, the confirmation before destructive actions, KPI cards. */
package fr.metamut.base.ui.component;
