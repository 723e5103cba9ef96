/** Pieces of the partnership page: the network picture, the edit form and the read-only details. */
package fr.metamut.partnership.ui.component;
