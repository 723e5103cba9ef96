/** Helpers that bind a component's lifetime to the change feed. */
package fr.metamut.collaboration.ui.component;
