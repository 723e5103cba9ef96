package fr.metamut.offer.domain;

import java.util.Set;

/**
 * Someone posted in an offer's discussion, mentioning people (usernames, operators already turned into
 * their directors). Published inside the posting transaction; the notifications follow from it.
 */
public record OfferCommentedEvent(Long offerId, String title, String authorName, Set<String> mentioned) {

    public OfferCommentedEvent {
        mentioned = Set.copyOf(mentioned);
    }
}
