package fr.metamut.actionplan.service;

import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the workbook's "Plan d’actions" sheet, ready to write: texts already in the requested
 * language ({@code statusLabel}, {@code priorityLabel}, {@code links}); the enums are there for cell
 * styles. {@code contributors} are the names joined with ", "; {@code links} joins the offer, SWOT item
 * and coverage gap with " ; " (empty when none).
 */
public record ActionPlanSheetRow(long id, String title, @Nullable String description, String ownerName, String contributors,
                                 @Nullable LocalDate dueDate, ActionStatus status, String statusLabel, ActionPriority priority,
                                 String priorityLabel, @Nullable String indicatorName, @Nullable BigDecimal indicatorTarget,
                                 @Nullable BigDecimal indicatorCurrent, int progress, boolean overdue, String links,
                                 String lastChangedBy, Instant lastChangedAt) {
}
