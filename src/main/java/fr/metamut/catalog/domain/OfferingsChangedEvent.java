package fr.metamut.catalog.domain;

import fr.metamut.base.domain.DataChangedEvent;

/**
 * Published when a transaction changes the offerings of an operator, so that open screens (matrix,
 * map, dashboard) refresh once it commits.
 */
public record OfferingsChangedEvent(Long operatorId, String changedBy) implements DataChangedEvent {

    public static final String TOPIC = "offerings";

    @Override
    public String topic() {
        return TOPIC;
    }
}
