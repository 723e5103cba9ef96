package fr.metamut.offer.domain;

import fr.metamut.base.domain.ThreeWayMerge;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a joint offer that people edit; the unit of merging, highlighting and history.
 * Labels are translated under {@code offer.field.*}.
 */
public enum OfferField implements ThreeWayMerge.Field<OfferContent> {
    TITLE(OfferContent::title),
    SUMMARY(OfferContent::summary),
    BENEFITS(OfferContent::benefits),
    BUDGET_TOTAL(OfferContent::budgetTotal),
    START_DATE(OfferContent::startDate),
    END_DATE(OfferContent::endDate),
    PARTNERS(OfferContent::partnerIds),
    SERVICES(OfferContent::serviceIds),
    DEPARTEMENTS(OfferContent::departementCodes),
    MILESTONES(OfferContent::milestones),
    BUDGET_SHARES(OfferContent::budgetShares),
    ADDRESSED_CELLS(OfferContent::addressedCells);

    private final Function<OfferContent, Object> getter;

    OfferField(Function<OfferContent, Object> getter) {
        this.getter = getter;
    }

    @Override
    public Object valueIn(OfferContent content) {
        return getter.apply(content);
    }

    /** Whether two contents hold the same value for this field (amounts compared by value, blanks as empty). */
    @Override
    public boolean same(OfferContent a, OfferContent b) {
        return sameValue(valueIn(a), valueIn(b));
    }

    /** Whether two values of a field are the same (amounts compared by value, blanks as empty). */
    public static boolean sameValue(Object a, Object b) {
        Object x = normalize(a);
        Object y = normalize(b);
        if (x instanceof BigDecimal bx && y instanceof BigDecimal by) {
            return bx.compareTo(by) == 0;
        }
        return Objects.equals(x, y);
    }

    private static Object normalize(Object value) {
        return value instanceof String s ? s.strip() : value;
    }
}
