package fr.metamut.offer.service;

import fr.metamut.offer.domain.OfferContent;
import java.util.List;

/**
 * Nothing was saved: someone saved other values in the same fields since this editor loaded them.
 * Carries both versions so the user chooses, and keeps their own text.
 */
public class OfferConflictException extends RuntimeException {

    private final transient List<FieldConflict> conflicts;
    private final transient OfferContent current;
    private final long currentVersion;

    public OfferConflictException(List<FieldConflict> conflicts, OfferContent current, long currentVersion) {
        super("Conflicting fields: " + conflicts.stream().map(c -> c.field().name()).toList());
        this.conflicts = List.copyOf(conflicts);
        this.current = current;
        this.currentVersion = currentVersion;
    }

    public List<FieldConflict> getConflicts() {
        return conflicts;
    }

    /** The content as saved now, to rebase on after the user chose. */
    public OfferContent getCurrent() {
        return current;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}
