package fr.metamut.offer.service;

import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Three-way merge of a joint offer's content, field by field: what the editor loaded (base), what is
 * saved now (current) and what the editor wants (mine). A field I did not change keeps the current
 * value; a field only I changed takes mine; a field changed on both sides to different values is a
 * conflict. Plain Java, unit-tested on its own.
 */
public final class OfferMerge {

    /** The merged content, or the conflicts (then nothing must be saved). */
    public record Result(OfferContent merged, List<OfferField> changed, List<OfferField> conflicts) {
    }

    private OfferMerge() {
    }

    /** A content whose fields come from {@code base}, except those listed in {@code from}, taken from {@code other}. */
    public static OfferContent combine(OfferContent base, OfferContent other, java.util.Collection<OfferField> from) {
        Map<OfferField, Object> values = new EnumMap<>(OfferField.class);
        for (OfferField field : OfferField.values()) {
            values.put(field, field.valueIn(from.contains(field) ? other : base));
        }
        return OfferContent.of(values);
    }

    public static Result merge(OfferContent base, OfferContent current, OfferContent mine) {
        Map<OfferField, Object> values = new EnumMap<>(OfferField.class);
        List<OfferField> changed = new ArrayList<>();
        List<OfferField> conflicts = new ArrayList<>();
        for (OfferField field : OfferField.values()) {
            boolean iChanged = !field.same(base, mine);
            boolean theyChanged = !field.same(base, current);
            if (!iChanged) {
                values.put(field, field.valueIn(current));
            } else if (!theyChanged || field.same(current, mine)) {
                values.put(field, field.valueIn(mine));
                if (!field.same(current, mine)) {
                    changed.add(field);
                }
            } else {
                conflicts.add(field);
                values.put(field, field.valueIn(current));
            }
        }
        return new Result(OfferContent.of(values), changed, conflicts);
    }
}
