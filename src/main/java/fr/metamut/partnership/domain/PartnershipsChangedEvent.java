package fr.metamut.partnership.domain;

import fr.metamut.base.domain.DataChangedEvent;

/**
 * Published inside the transaction that records, changes or removes a partnership. Open screens refresh
 * once it commits; features that point at partnerships (SWOT evidence) drop their links on removal.
 */
public record PartnershipsChangedEvent(Long partnershipId, Change change, String changedBy) implements DataChangedEvent {

    public static final String TOPIC = "partnerships";

    public enum Change { RECORDED, UPDATED, REMOVED }

    @Override
    public String topic() {
        return TOPIC;
    }
}
