/** Pieces of the coverage pages: the matrix grid, its legend, the cell panel, SVG charts and map. */
package fr.metamut.coverage.ui.component;
