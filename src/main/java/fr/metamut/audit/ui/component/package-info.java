/** Pieces of the audit page: how a stored entry's codes read in the user's language. */
package fr.metamut.audit.ui.component;
