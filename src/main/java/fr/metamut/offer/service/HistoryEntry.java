package fr.metamut.offer.service;

import java.time.Instant;

/**
 * One line of an offer's timeline: a field change (field, old → new) or a state change (with its
 * rationale), with who (login, and the name to show) and when.
 */
public record HistoryEntry(Instant at, String author, String authorName, Kind kind, String field, String oldValue,
                           String newValue, String rationale) {

    /** A field's value changed, or the workflow state changed. */
    public enum Kind { FIELD, STATE }
}
