package fr.metamut.offer.service;

import fr.metamut.offer.domain.OfferField;

/** A field two people changed differently: what it was, what was saved meanwhile, what I typed. */
public record FieldConflict(OfferField field, Object base, Object theirs, Object mine, String theirAuthor) {
}
