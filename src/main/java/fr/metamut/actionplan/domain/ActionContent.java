package fr.metamut.actionplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a user sets on an action, as plain values (operators, offer and SWOT item by id, the gap by its
 * codes): what the dialog hands to the service, checked by {@link ActionRules} before anything is saved.
 */
public record ActionContent(String title, @Nullable String description, Long ownerId, Set<Long> contributorIds,
                            @Nullable LocalDate dueDate, ActionStatus status, ActionPriority priority, Integer progress,
                            @Nullable String indicatorName, @Nullable BigDecimal indicatorTarget, @Nullable BigDecimal indicatorCurrent,
                            @Nullable Long offerId, @Nullable Long swotItemId, @Nullable String gapServiceCode, @Nullable String gapDepartementCode) {

    public ActionContent {
        contributorIds = contributorIds == null ? Set.of() : Set.copyOf(contributorIds);
    }

    /** A new action of an operator: to do, medium priority, no progress yet. */
    public static ActionContent of(String title, Long ownerId) {
        return new ActionContent(title, "", ownerId, Set.of(), null, ActionStatus.A_FAIRE, ActionPriority.MOYENNE, 0,
                "", null, null, null, null, null, null);
    }

    public ActionContent withTitle(String newTitle) {
        return new ActionContent(newTitle, description, ownerId, contributorIds, dueDate, status, priority, progress,
                indicatorName, indicatorTarget, indicatorCurrent, offerId, swotItemId, gapServiceCode, gapDepartementCode);
    }

    public ActionContent withOwner(Long newOwnerId, Set<Long> newContributorIds) {
        return new ActionContent(title, description, newOwnerId, newContributorIds, dueDate, status, priority, progress,
                indicatorName, indicatorTarget, indicatorCurrent, offerId, swotItemId, gapServiceCode, gapDepartementCode);
    }

    public ActionContent withSchedule(@Nullable LocalDate newDueDate, ActionStatus newStatus, ActionPriority newPriority,
                                      Integer newProgress) {
        return new ActionContent(title, description, ownerId, contributorIds, newDueDate, newStatus, newPriority,
                newProgress, indicatorName, indicatorTarget, indicatorCurrent, offerId, swotItemId, gapServiceCode,
                gapDepartementCode);
    }

    public ActionContent withIndicator(@Nullable String name, @Nullable BigDecimal target, @Nullable BigDecimal current) {
        return new ActionContent(title, description, ownerId, contributorIds, dueDate, status, priority, progress,
                name, target, current, offerId, swotItemId, gapServiceCode, gapDepartementCode);
    }

    public ActionContent withLinks(Long newOfferId, Long newSwotItemId, String newGapServiceCode,
                                   String newGapDepartementCode) {
        return new ActionContent(title, description, ownerId, contributorIds, dueDate, status, priority, progress,
                indicatorName, indicatorTarget, indicatorCurrent, newOfferId, newSwotItemId, newGapServiceCode,
                newGapDepartementCode);
    }
}
