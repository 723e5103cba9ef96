package fr.metamut.offer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The editable content of a joint offer, as plain values: what an editor loads, changes and saves.
 * Comparing two contents field by field is how concurrent edits are merged.
 */
public record OfferContent(String title, String summary, String benefits, BigDecimal budgetTotal,
                           LocalDate startDate, LocalDate endDate, Set<Long> partnerIds, Set<Long> serviceIds,
                           Set<String> departementCodes, List<Milestone> milestones, Set<BudgetShare> budgetShares,
                           Set<AddressedCell> addressedCells) {

    public OfferContent {
        partnerIds = Set.copyOf(partnerIds);
        serviceIds = Set.copyOf(serviceIds);
        departementCodes = Set.copyOf(departementCodes);
        milestones = List.copyOf(milestones);
        budgetShares = Set.copyOf(budgetShares);
        addressedCells = Set.copyOf(addressedCells);
    }

    public static OfferContent empty() {
        return new OfferContent("", "", "", null, null, null, Set.of(), Set.of(), Set.of(), List.of(), Set.of(), Set.of());
    }
}
