package fr.metamut.offer.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an offer's timeline: a field change (field, old → new) or a state change (with its
 * rationale), with who (login, and the name to show) and when.
 */
public record HistoryEntry(Instant at, @Nullable String author, @Nullable String authorName, Kind kind, @Nullable String field, String oldValue,
                           String newValue, @Nullable String rationale) {

    /** A field's value changed, or the workflow state changed. */
    public enum Kind { FIELD, STATE }
}
