package fr.metamut.copil.domain;

import fr.metamut.base.domain.DataChangedEvent;

/** Published inside the transaction that records, changes or removes a meeting; open screens refresh after commit. */
public record CopilChangedEvent(Long meetingId) implements DataChangedEvent {

    public static final String TOPIC = "copil";

    @Override
    public String topic() {
        return TOPIC;
    }
}
