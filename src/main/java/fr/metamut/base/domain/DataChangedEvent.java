package fr.metamut.base.domain;

/**
 * A domain event saying that data under a topic changed (e.g. "offerings"). Published inside the
 * changing transaction; open screens are told only after it commits.
 */
public interface DataChangedEvent {

    String topic();
}
