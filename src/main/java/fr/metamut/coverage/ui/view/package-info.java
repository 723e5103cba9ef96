/** The home dashboard (and, later, the matrix, needs, map and reconciliation pages). */
package fr.metamut.coverage.ui.view;
