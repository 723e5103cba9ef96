package fr.metamut.swot.service;

import fr.metamut.swot.domain.SwotItem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A SWOT item as the board shows it: the item and its evidence, resolved to labels. */
public record SwotCard(SwotItem item, List<EvidenceLink> evidence) {

    /**
     * One piece of evidence: its kind, its label ({@code null} when what it pointed at was removed) and
     * what to open (département code of a cell, id of a need or a partnership).
     */
    public record EvidenceLink(Kind kind, @Nullable String label, @Nullable String target) {

        public enum Kind { CELL, NEED, PARTNERSHIP }
    }
}
