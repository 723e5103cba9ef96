package fr.metamut.offer.domain;

import fr.metamut.base.domain.DataChangedEvent;

/** A joint offer (topic {@code offer/<id>}) or the list of offers (topic {@code offers}) changed. */
public record OfferChangedEvent(String topic) implements DataChangedEvent {

    public static final String LIST_TOPIC = "offers";

    public static String topicOf(Long offerId) {
        return "offer/" + offerId;
    }

    public static OfferChangedEvent of(Long offerId) {
        return new OfferChangedEvent(topicOf(offerId));
    }

    public static OfferChangedEvent list() {
        return new OfferChangedEvent(LIST_TOPIC);
    }
}
