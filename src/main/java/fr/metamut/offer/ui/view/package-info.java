/** Joint offer pages. */
package fr.metamut.offer.ui.view;
