/** Pages of the reference: operators (list and detail with offerings), the service catalogue, départements. */
package fr.metamut.catalog.ui.view;
