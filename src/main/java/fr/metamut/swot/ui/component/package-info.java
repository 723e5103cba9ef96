/** Pieces of the SWOT board: quadrants, item cards, the item form and the history list. */
package fr.metamut.swot.ui.component;
