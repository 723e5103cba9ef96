package fr.metamut.offer.domain;

import java.util.List;
import java.util.Set;

/**
 * Why an offer's content cannot be saved or submitted, said about one field: the field to mark, the
 * message (a translation key and its arguments), and the other fields the rule reads (a sum of shares
 * above the budget is about the shares, and reads the budget).
 */
public record OfferProblem(OfferField field, String messageKey, List<Object> arguments, Set<OfferField> reads) {

    public OfferProblem {
        arguments = List.copyOf(arguments);
        reads = Set.copyOf(reads);
    }

    public static OfferProblem on(OfferField field, String messageKey, Object... arguments) {
        return new OfferProblem(field, messageKey, List.of(arguments), Set.of());
    }

    /** The same problem, also depending on other fields. */
    public OfferProblem reading(OfferField... others) {
        return new OfferProblem(field, messageKey, arguments, Set.of(others));
    }
}
