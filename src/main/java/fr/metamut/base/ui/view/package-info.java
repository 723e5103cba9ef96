/**
 * Pages every feature shares: what the user sees when a page does not exist, is not theirs to open, or
 * failed — in French, inside the main layout, never a framework page.
 */
package fr.metamut.base.ui.view;
