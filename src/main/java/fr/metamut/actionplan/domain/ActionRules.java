package fr.metamut.actionplan.domain;

import fr.metamut.base.domain.UserFacingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The checks an action's values pass before anything is written, each refusal with its own message:
 * a title, an owner, a status and a priority; a progress from 0 to 100 %; a due date inside the plan's
 * horizon (from 2021, the report's year, to the end of the tenth year from now); indicator values that
 * are numbers ≥ 0 with at most two decimals, and named; a coverage gap given by both its codes. Each
 * refusal names the field it is about (the action dialog's property names), so a form shows it there.
 */
public final class ActionRules {

    /** The plan starts with the February 2021 report. */
    public static final LocalDate FIRST_DUE_DATE = LocalDate.of(2021, 1, 1);
    /** How many years ahead a due date may be set. */
    public static final int HORIZON_YEARS = 10;
    /** Indicator values fit numeric(14, 2). */
    public static final BigDecimal INDICATOR_LIMIT = new BigDecimal("1000000000000");

    private ActionRules() {
    }

    /** The last due date accepted today: the end of the tenth year from now. */
    public static LocalDate lastDueDate(LocalDate today) {
        return LocalDate.of(today.getYear() + HORIZON_YEARS, 12, 31);
    }

    public static void validate(ActionContent c, LocalDate today) {
        if (c.title() == null || c.title().isBlank()) {
            throw new UserFacingException("plan.error.titleRequired").onField("title");
        }
        requireMaxLength(c.title(), PlanAction.TITLE_MAX_LENGTH, "title");
        requireMaxLength(c.description(), PlanAction.DESCRIPTION_MAX_LENGTH, "description");
        if (c.ownerId() == null) {
            throw new UserFacingException("plan.error.ownerRequired").onField("owner");
        }
        if (c.status() == null || c.priority() == null) {
            throw new UserFacingException("plan.error.statusRequired").onField(c.status() == null ? "status" : "priority");
        }
        validateProgress(c.progress());
        validateDueDate(c.dueDate(), today);
        validateIndicatorValue(c.indicatorTarget(), "indicatorTarget");
        validateIndicatorValue(c.indicatorCurrent(), "indicatorCurrent");
        requireMaxLength(c.indicatorName(), PlanAction.INDICATOR_NAME_MAX_LENGTH, "indicatorName");
        boolean hasValues = c.indicatorTarget() != null || c.indicatorCurrent() != null;
        if (hasValues && (c.indicatorName() == null || c.indicatorName().isBlank())) {
            throw new UserFacingException("plan.error.indicatorName").onField("indicatorName");
        }
        if (isBlank(c.gapServiceCode()) != isBlank(c.gapDepartementCode())) {
            throw new UserFacingException("plan.error.gapIncomplete").onField("gap");
        }
    }

    public static void validateProgress(@Nullable Integer progress) {
        if (progress == null || progress < 0 || progress > 100) {
            throw new UserFacingException("plan.error.progress").onField("progress");
        }
    }

    public static void validateDueDate(@Nullable LocalDate dueDate, LocalDate today) {
        if (dueDate != null && (dueDate.isBefore(FIRST_DUE_DATE) || dueDate.isAfter(lastDueDate(today)))) {
            throw new UserFacingException("plan.error.dueDate", String.valueOf(lastDueDate(today).getYear()))
                    .onField("dueDate");
        }
    }

    /** An indicator value ({@code field}: {@code indicatorTarget} or {@code indicatorCurrent}). */
    public static void validateIndicatorValue(@Nullable BigDecimal value, String field) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            throw new UserFacingException("plan.error.indicatorNegative").onField(field);
        }
        if (value.compareTo(INDICATOR_LIMIT) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new UserFacingException("plan.error.indicatorFormat").onField(field);
        }
    }

    private static void requireMaxLength(@Nullable String text, int max, String field) {
        if (text != null && text.strip().length() > max) {
            throw new UserFacingException("plan.error.tooLong", max).onField(field);
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
