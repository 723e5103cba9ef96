/** Pieces of the offer pages: the offer form, presence avatars, conflict and decision dialogs, comments, history. */
package fr.metamut.offer.ui.component;
