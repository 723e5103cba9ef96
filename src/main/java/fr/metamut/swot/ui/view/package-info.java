/** The SWOT (AFOM) board page (route {@code afom}). */
package fr.metamut.swot.ui.view;
