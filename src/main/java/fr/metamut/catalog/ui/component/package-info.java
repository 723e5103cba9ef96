/** Dialogs of the catalogue pages: operator, service and offering forms. */
package fr.metamut.catalog.ui.component;
