package fr.metamut.offer.domain;

import java.util.Set;

/**
 * Someone ({@code author}'s username) posted in the discussion of an offer of {@code operatorIds} (lead and
 * partners), mentioning people (usernames, operators already turned into their directors). Published inside the posting transaction; the notifications follow from it.
 */
public record OfferCommentedEvent(Long offerId, String title, String author, String authorName, Set<Long> operatorIds,
                                  Set<String> mentioned) {

    public OfferCommentedEvent {
        operatorIds = Set.copyOf(operatorIds);
        mentioned = Set.copyOf(mentioned);
    }
}
