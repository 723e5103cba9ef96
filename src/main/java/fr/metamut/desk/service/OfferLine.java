package fr.metamut.desk.service;

import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A joint offer as a desk lists it.
 *
 * @param since        when it entered its current state (submission for the queue, last state change otherwise)
 * @param resubmitted  whether the lead submitted it again after the Région asked for changes
 */
public record OfferLine(long id, String title, String lead, OfferStatus status, @Nullable BigDecimal budget, Instant since,
                        boolean resubmitted) {

    static OfferLine of(JointOffer offer) {
        Instant since = offer.getStateChanges().isEmpty() ? offer.getCreatedAt()
                : offer.getStateChanges().getLast().getAt();
        boolean resubmitted = offer.getStatus() != OfferStatus.BROUILLON && offer.getStateChanges().stream()
                .anyMatch(change -> change.getTo() == OfferStatus.MODIFICATIONS_DEMANDEES);
        return new OfferLine(offer.getId(), offer.getTitle(), offer.getLead().getName(), offer.getStatus(),
                offer.getBudgetTotal(), since, resubmitted);
    }
}
