/**
 * Pieces of the offer pages: the co-edited editor ({@code OfferEditor}: form, Save, held values,
 * conflicts) and its form ({@code OfferForm}, one {@code FieldSlot} per field, the milestones table and the
 * budget split), the header, the workflow bar with the submission checklist, the new-offer, rationale and
 * conflict dialogs, comments and history.
 */
package fr.metamut.offer.ui.component;
