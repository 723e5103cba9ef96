package fr.metamut.swot.domain;

import org.jspecify.annotations.Nullable;

/**
 * What backs a SWOT item: a coverage cell (a service in a département), a survey need, a partnership.
 * Each part is optional; ids only, so the board does not reach into other features' tables.
 */
public record SwotEvidence(@Nullable Long serviceLineId, @Nullable Long departementId, @Nullable Long surveyNeedId, @Nullable Long partnershipId) {

    public static final SwotEvidence NONE = new SwotEvidence(null, null, null, null);

    public boolean hasCell() {
        return serviceLineId != null && departementId != null;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public SwotEvidence withoutPartnership() {
        return new SwotEvidence(serviceLineId, departementId, surveyNeedId, null);
    }
}
