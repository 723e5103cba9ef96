package fr.metamut.offer.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a joint offer must say before it goes to the Région: partners, a summary, the services and
 * départements it covers, a budget, its dates, and the gap or doublon it addresses. Each item names
 * the field to complete; labels are translated under {@code offer.checklist.*}, the refusals under
 * {@code offer.submit.missing.*}.
 */
public enum SubmissionChecklist {
    PARTNERS(OfferField.PARTNERS, c -> !c.partnerIds().isEmpty()),
    SUMMARY(OfferField.SUMMARY, c -> c.summary() != null && !c.summary().isBlank()),
    SERVICES(OfferField.SERVICES, c -> !c.serviceIds().isEmpty()),
    DEPARTEMENTS(OfferField.DEPARTEMENTS, c -> !c.departementCodes().isEmpty()),
    BUDGET(OfferField.BUDGET_TOTAL, c -> c.budgetTotal() != null && c.budgetTotal().compareTo(BigDecimal.ZERO) > 0),
    DATES(OfferField.START_DATE, c -> c.startDate() != null && c.endDate() != null),
    GAP_ADDRESSED(OfferField.ADDRESSED_CELLS, c -> !c.addressedCells().isEmpty());

    private final OfferField field;
    private final Predicate<OfferContent> done;

    SubmissionChecklist(OfferField field, Predicate<OfferContent> done) {
        this.field = field;
        this.done = done;
    }

    public OfferField field() {
        return field;
    }

    /** The item's label in the checklist. */
    public String messageKey() {
        return "offer.checklist." + name();
    }

    public boolean isDone(OfferContent content) {
        return done.test(content);
    }

    /** The items the content does not meet yet, in checklist order. */
    public static List<SubmissionChecklist> missing(OfferContent content) {
        return Arrays.stream(values()).filter(item -> !item.isDone(content)).toList();
    }

    /** The refusal of a submission: one problem per missing item, on the field to complete. */
    public OfferProblem problem() {
        return OfferProblem.on(field, "offer.submit.missing." + name());
    }
}
