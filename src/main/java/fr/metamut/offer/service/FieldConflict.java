package fr.metamut.offer.service;

import fr.metamut.offer.domain.OfferField;
import org.jspecify.annotations.Nullable;

/** A field two people changed differently: what it was, what was saved meanwhile, what I typed. */
public record FieldConflict(OfferField field, Object base, Object theirs, Object mine, @Nullable String theirAuthor) {
}
