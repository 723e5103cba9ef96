/** The COPIL pages: the meetings ({@code copil}), one meeting ({@code copil/reunion/ID}), two compared ({@code copil/comparer}). */
package fr.metamut.copil.ui.view;
