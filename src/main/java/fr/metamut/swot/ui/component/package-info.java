/**
 * Pieces of the SWOT board: quadrants, item cards with the actions of the plan that serve them, the item
 * form and the history list.
 */
package fr.metamut.swot.ui.component;
