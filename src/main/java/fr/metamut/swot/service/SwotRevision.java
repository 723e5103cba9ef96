package fr.metamut.swot.service;

import fr.metamut.swot.domain.SwotItemChanges.FieldChange;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an item's history: when, who (login, and the name to show), what kind of change and which
 * fields changed.
 */
public record SwotRevision(Instant at, @Nullable String username, @Nullable String displayName, Kind kind, List<FieldChange> changes) {

    public enum Kind {
        CREATED, CHANGED, REMOVED;

        public String messageKey() {
            return "swot.history." + name();
        }
    }
}
