package fr.metamut.offer.service;

import fr.metamut.base.domain.ThreeWayMerge;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Three-way merge of a joint offer's content, field by field: what the editor loaded (base), what is
 * saved now (current) and what the editor wants (mine). A field I did not change keeps the current
 * value; a field only I changed takes mine; a field changed on both sides to different values is a
 * conflict ({@link ThreeWayMerge}, which the action-plan import uses too). Plain Java, unit-tested on its own.
 */
public final class OfferMerge {

    /** The merged content, or the conflicts (then nothing must be saved). */
    public record Result(OfferContent merged, List<OfferField> changed, List<OfferField> conflicts) {
    }

    private OfferMerge() {
    }

    /**
     * What an open editor does with a content someone else saved ({@code current}): the fields it shows at
     * once, and the fields it holds beside the input because the user is in them ({@code busy}) or typed
     * something else there. A held field keeps its old base, so that saving over it is a conflict.
     */
    public record Incoming(Set<OfferField> show, Set<OfferField> hold, OfferContent base) {
    }

    public static Incoming incoming(OfferContent base, OfferContent current, OfferContent mine, Set<OfferField> busy) {
        Map<OfferField, Object> newBase = new EnumMap<>(OfferField.class);
        Set<OfferField> show = EnumSet.noneOf(OfferField.class);
        Set<OfferField> hold = EnumSet.noneOf(OfferField.class);
        for (OfferField field : OfferField.values()) {
            if (field.same(base, current) || field.same(current, mine)) {
                newBase.put(field, field.valueIn(current));
            } else if (busy.contains(field) || !field.same(base, mine)) {
                hold.add(field);
                newBase.put(field, field.valueIn(base));
            } else {
                show.add(field);
                newBase.put(field, field.valueIn(current));
            }
        }
        return new Incoming(show, hold, OfferContent.of(newBase));
    }

    public static Result merge(OfferContent base, OfferContent current, OfferContent mine) {
        ThreeWayMerge.Result<OfferField> result = ThreeWayMerge.merge(List.of(OfferField.values()), base, current, mine);
        return new Result(OfferContent.of(new EnumMap<>(result.merged())), result.changed(), result.conflicts());
    }
}
