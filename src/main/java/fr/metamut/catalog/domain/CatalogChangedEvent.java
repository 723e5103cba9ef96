package fr.metamut.catalog.domain;

import fr.metamut.base.domain.DataChangedEvent;

/**
 * Published when an administrator changes the catalogue (an operator, a service), so that what is computed
 * from it (the coverage matrix) is computed again once the change commits.
 */
public record CatalogChangedEvent() implements DataChangedEvent {

    public static final String TOPIC = "catalog";

    @Override
    public String topic() {
        return TOPIC;
    }
}
