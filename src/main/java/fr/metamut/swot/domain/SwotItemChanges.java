package fr.metamut.swot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What differs between two versions of a SWOT item, field by field (for the history list). */
public final class SwotItemChanges {

    /** One changed field, with its values before and after as plain text ({@code null} when empty). */
    public record FieldChange(SwotField field, @Nullable String before, @Nullable String after) {
    }

    private SwotItemChanges() {
    }

    public static List<FieldChange> between(SwotItem before, SwotItem after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, SwotField.QUADRANT, before, after, i -> i.getQuadrant() == null ? null : i.getQuadrant().name());
        compare(changes, SwotField.POSITION, before, after, i -> String.valueOf(i.getPosition()));
        compare(changes, SwotField.TITLE, before, after, SwotItem::getTitle);
        compare(changes, SwotField.DESCRIPTION, before, after, SwotItem::getDescription);
        compare(changes, SwotField.EVIDENCE, before, after, i -> i.getEvidence().isEmpty() ? null : i.getEvidence().toString());
        return changes;
    }

    private static void compare(List<FieldChange> changes, SwotField field, SwotItem before, SwotItem after,
                                Function<SwotItem, @Nullable String> value) {
        String old = value.apply(before);
        String now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old, now));
        }
    }
}
