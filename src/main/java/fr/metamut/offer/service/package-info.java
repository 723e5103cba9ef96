/**
 * Joint offer services: reading and drafting with field-level merging of concurrent edits
 * ({@code OfferService}), the workflow with its role checks ({@code OfferWorkflowService}), the
 * notifications that follow workflow events ({@code OfferNotifier}), comments with mentions, history from
 * Envers, the Région's queue and portfolio. Content rules and the submission checklist are the domain's.
 */
@NullMarked
package fr.metamut.offer.service;

import org.jspecify.annotations.NullMarked;
