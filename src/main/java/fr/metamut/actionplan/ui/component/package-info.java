/**
 * Pieces of the action plan page: the KPI row, the filter bar, the list grid, the by-operator board, the
 * timeline, the action dialog with its editor (which call the rights allow), the generation picker and
 * the history dialog.
 */
package fr.metamut.actionplan.ui.component;
