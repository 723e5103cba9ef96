package fr.metamut.actionplan.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The plan's filters: status, owner, priority, overdue only, a text searched in the title,
 * description, operators, indicator and links, and the SWOT item the actions serve. An empty criterion
 * lets everything through.
 */
public record ActionFilter(@Nullable ActionStatus status, @Nullable Long ownerId, @Nullable ActionPriority priority, boolean overdueOnly,
                           String text, @Nullable Long swotItemId) implements Predicate<ActionRow> {

    public static final ActionFilter NONE = new ActionFilter(null, null, null, false, "");

    /** The filters of the plan's bar, whatever SWOT item the actions serve. */
    public ActionFilter(@Nullable ActionStatus status, @Nullable Long ownerId, @Nullable ActionPriority priority, boolean overdueOnly, String text) {
        this(status, ownerId, priority, overdueOnly, text, null);
    }

    @Override
    public boolean test(ActionRow row) {
        return (status == null || row.status() == status)
                && (ownerId == null || row.owner().id() == ownerId)
                && (priority == null || row.priority() == priority)
                && (!overdueOnly || row.overdue())
                && (swotItemId == null || Objects.equals(row.links().swotItemId(), swotItemId))
                && matchesText(row);
    }

    private boolean matchesText(ActionRow row) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        return Stream.of(row.title(), row.description(), row.owner().name(), row.contributorNames(),
                        row.indicator().name(), row.links().offerTitle(), row.links().swotItemTitle(),
                        row.links().gapServiceName(), row.links().gapDepartementCode())
                .anyMatch(field -> field != null && field.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
