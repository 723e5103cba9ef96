/** The partnership registry page (route {@code partenariats}). */
package fr.metamut.partnership.ui.view;
