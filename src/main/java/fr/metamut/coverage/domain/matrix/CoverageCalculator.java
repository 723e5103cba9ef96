package fr.metamut.coverage.domain.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Computes the coverage matrix from the offerings. Counts are never typed in: a cell is the number of
 * distinct operators offering the service in the département. When several survey lines map to the
 * same service (e.g. "parapheur" and "contrôle de légalité" to dématérialisation), the cell keeps the
 * strongest demand, so a service is not counted as more wanted than its most-wanted form.
 */
public final class CoverageCalculator {

    private CoverageCalculator() {
    }

    public static CoverageMatrix compute(CoverageInput input) {
        return compute(input, Set.of());
    }

    /** The matrix as it would be if the given operators stopped offering anything ("without operator X"). */
    public static CoverageMatrix compute(CoverageInput input, Set<Long> excludedOperators) {
        // Offerings are unique per (operator, service, département), so a cell's list needs no dedup;
        // the region needs one (an operator offers a service in several départements).
        Map<Long, Map<String, List<String>>> operators = new HashMap<>();
        Map<Long, Map<Long, String>> regionOperators = new HashMap<>();
        for (CoverageInput.Offer offer : input.offerings()) {
            if (excludedOperators.contains(offer.operatorId())) {
                continue;
            }
            operators.computeIfAbsent(offer.serviceId(), k -> new HashMap<>())
                    .computeIfAbsent(offer.departementCode(), k -> new ArrayList<>(2))
                    .add(offer.operatorName());
            regionOperators.computeIfAbsent(offer.serviceId(), k -> new HashMap<>())
                    .put(offer.operatorId(), offer.operatorName());
        }
        Map<Long, Map<String, BigDecimal>> demand = new HashMap<>();
        for (CoverageInput.Demand d : input.demand()) {
            demand.computeIfAbsent(d.serviceId(), k -> new HashMap<>())
                    .merge(regionKey(d.departementCode()), d.percent(), BigDecimal::max);
        }
        List<CoverageRow> rows = new ArrayList<>(input.services().size());
        for (CoverageInput.Service service : input.services()) {
            Map<String, List<String>> byDepartement = operators.getOrDefault(service.id(), Map.of());
            Map<String, BigDecimal> serviceDemand = demand.getOrDefault(service.id(), Map.of());
            Map<String, CoverageCell> cells = HashMap.newHashMap(input.departements().size());
            for (CoverageInput.Departement departement : input.departements()) {
                cells.put(departement.code(), new CoverageCell(sorted(byDepartement.get(departement.code())),
                        serviceDemand.get(departement.code())));
            }
            Map<Long, String> region = regionOperators.get(service.id());
            CoverageCell regionCell = new CoverageCell(
                    region == null ? List.of() : sorted(new ArrayList<>(region.values())), serviceDemand.get(REGION));
            rows.add(new CoverageRow(service, cells, regionCell));
        }
        return new CoverageMatrix(input.departements(), rows);
    }

    private static List<String> sorted(@Nullable List<String> names) {
        if (names == null) {
            return List.of();
        }
        if (names.size() > 1) {
            names.sort(String.CASE_INSENSITIVE_ORDER);
        }
        return names;
    }

    private static final String REGION = "";

    private static String regionKey(@Nullable String departementCode) {
        return departementCode == null ? REGION : departementCode;
    }
}
