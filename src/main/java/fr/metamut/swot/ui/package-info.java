/** The SWOT board's screens. */
package fr.metamut.swot.ui;
