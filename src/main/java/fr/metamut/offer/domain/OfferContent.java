package fr.metamut.offer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of a joint offer, as plain values: what an editor loads, changes and saves.
 * Comparing two contents field by field is how concurrent edits are merged. Milestones are kept in date
 * order, so two contents listing the same steps are equal.
 */
public record OfferContent(String title, @Nullable String summary, @Nullable String benefits, @Nullable BigDecimal budgetTotal,
                           @Nullable LocalDate startDate, @Nullable LocalDate endDate, Set<Long> partnerIds, Set<Long> serviceIds,
                           Set<String> departementCodes, List<Milestone> milestones, Set<BudgetShare> budgetShares,
                           Set<AddressedCell> addressedCells) {

    public OfferContent {
        partnerIds = Set.copyOf(partnerIds);
        serviceIds = Set.copyOf(serviceIds);
        departementCodes = Set.copyOf(departementCodes);
        milestones = milestones.stream().sorted(Milestone.BY_DATE).toList();
        budgetShares = Set.copyOf(budgetShares);
        addressedCells = Set.copyOf(addressedCells);
    }

    /** A content made of the given value of each field. */
    @SuppressWarnings("unchecked")
    public static OfferContent of(Map<OfferField, Object> v) {
        return new OfferContent((String) v.get(OfferField.TITLE), (String) v.get(OfferField.SUMMARY),
                (String) v.get(OfferField.BENEFITS), (BigDecimal) v.get(OfferField.BUDGET_TOTAL),
                (LocalDate) v.get(OfferField.START_DATE), (LocalDate) v.get(OfferField.END_DATE),
                (Set<Long>) v.get(OfferField.PARTNERS), (Set<Long>) v.get(OfferField.SERVICES),
                (Set<String>) v.get(OfferField.DEPARTEMENTS), (List<Milestone>) v.get(OfferField.MILESTONES),
                (Set<BudgetShare>) v.get(OfferField.BUDGET_SHARES), (Set<AddressedCell>) v.get(OfferField.ADDRESSED_CELLS));
    }

    /** This content with one field's value replaced. */
    public OfferContent with(OfferField field, Object value) {
        Map<OfferField, Object> values = new EnumMap<>(OfferField.class);
        for (OfferField f : OfferField.values()) {
            values.put(f, f == field ? value : f.valueIn(this));
        }
        return of(values);
    }

    public static OfferContent empty() {
        return new OfferContent("", "", "", null, null, null, Set.of(), Set.of(), Set.of(), List.of(), Set.of(), Set.of());
    }
}
