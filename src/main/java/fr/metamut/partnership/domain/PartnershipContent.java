package fr.metamut.partnership.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user records about a partnership, as plain values. Parties are a list, not a set, so that a
 * caller naming the same operator twice is told so instead of being silently deduplicated.
 */
public record PartnershipContent(String name, PartnershipType type, PartnershipStatus status, String description,
                                 LocalDate startDate, LocalDate endDate, String source, List<Long> operatorIds,
                                 List<Long> serviceIds, List<Long> departementIds) {

    public PartnershipContent {
        operatorIds = List.copyOf(operatorIds);
        serviceIds = List.copyOf(serviceIds);
        departementIds = List.copyOf(departementIds);
    }
}
