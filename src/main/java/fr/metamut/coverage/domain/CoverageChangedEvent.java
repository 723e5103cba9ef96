package fr.metamut.coverage.domain;

import fr.metamut.base.domain.DataChangedEvent;

/**
 * Published once the coverage matrix has moved (offerings or catalogue changed), after a short pause that
 * gathers a burst of changes into one: every open coverage screen then refreshes from the one matrix
 * computed for that change.
 */
public record CoverageChangedEvent() implements DataChangedEvent {

    public static final String TOPIC = "coverage";

    @Override
    public String topic() {
        return TOPIC;
    }
}
