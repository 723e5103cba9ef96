package fr.metamut.offer.domain;

import java.util.Set;

/**
 * A joint offer moved in the workflow (submitted, taken for review, decided, back to draft, withdrawn,
 * reopened). Published inside the transaction of the move: listeners that write (the notifications)
 * write in it, so a rolled-back move tells nobody.
 *
 * @param operatorIds the lead and the partners, whose directors follow the offer
 * @param actorName   the display name of who moved it, as notifications show it
 */
public record OfferStateChangedEvent(Long offerId, String title, Set<Long> operatorIds, OfferStatus from,
                                     OfferStatus to, String actorName) {

    public OfferStateChangedEvent {
        operatorIds = Set.copyOf(operatorIds);
    }
}
