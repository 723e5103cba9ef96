/**
 * The joint offer aggregate with its workflow guards, its state changes and comments; the rules its
 * content must respect ({@code OfferRules}, one problem per field) and the checklist it must meet before
 * it is submitted ({@code SubmissionChecklist}).
 */
@NullMarked
package fr.metamut.offer.domain;

import org.jspecify.annotations.NullMarked;
