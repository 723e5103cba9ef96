package fr.metamut.base.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one three-way merge, field by field, of what a change started from ({@code base}), what is saved now
 * ({@code current}) and what the change wants ({@code mine}): a field I did not change keeps the current value;
 * a field only I changed, or that both changed to the same value, takes mine; a field both changed to different
 * values is a conflict (and keeps the current value). Used by the joint-offer editor and the action-plan import.
 */
public final class ThreeWayMerge {

    /** One field of a version {@code V}: how to read it and when two versions hold the same value. */
    public interface Field<V> {

        Object valueIn(V version);

        /** Same value: amounts compared by value ({@code 1.0} is {@code 1}), the rest by {@code equals}. */
        default boolean same(V a, V b) {
            Object x = valueIn(a);
            Object y = valueIn(b);
            if (x instanceof BigDecimal bx && y instanceof BigDecimal by) {
                return bx.compareTo(by) == 0;
            }
            return Objects.equals(x, y);
        }
    }

    /**
     * The merged values, in the fields' order; the fields where mine was taken and differs from current;
     * the conflicts (when any, nothing should be saved).
     */
    public record Result<F>(Map<F, Object> merged, List<F> changed, List<F> conflicts) {
    }

    private ThreeWayMerge() {
    }

    public static <V, F extends Field<V>> Result<F> merge(Iterable<F> fields, V base, V current, V mine) {
        Map<F, Object> values = new LinkedHashMap<>();
        List<F> changed = new ArrayList<>();
        List<F> conflicts = new ArrayList<>();
        for (F field : fields) {
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
        return new Result<>(values, List.copyOf(changed), List.copyOf(conflicts));
    }
}
