/** The meeting form (on the shared form kit), its decisions editor, and the grids of changes and decisions. */
package fr.metamut.copil.ui.component;
