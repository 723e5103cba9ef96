package fr.metamut.catalog.domain;

/**
 * Published after a transaction changed the offerings of an operator, so that open screens (matrix,
 * map, dashboard) can refresh.
 */
public record OfferingsChangedEvent(Long operatorId, String changedBy) {
}
