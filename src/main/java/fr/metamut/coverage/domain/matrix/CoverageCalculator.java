package fr.metamut.coverage.domain.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        Map<Long, Map<String, TreeSet<String>>> operators = new HashMap<>();
        Map<Long, TreeSet<String>> regionOperators = new HashMap<>();
        for (CoverageInput.Offer offer : input.offerings()) {
            if (excludedOperators.contains(offer.operatorId())) {
                continue;
            }
            operators.computeIfAbsent(offer.serviceId(), k -> new HashMap<>())
                    .computeIfAbsent(offer.departementCode(), k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                    .add(offer.operatorName());
            regionOperators.computeIfAbsent(offer.serviceId(), k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                    .add(offer.operatorName());
        }
        Map<Long, Map<String, BigDecimal>> demand = new HashMap<>();
        for (CoverageInput.Demand d : input.demand()) {
            demand.computeIfAbsent(d.serviceId(), k -> new HashMap<>())
                    .merge(regionKey(d.departementCode()), d.percent(), BigDecimal::max);
        }
        List<CoverageRow> rows = new ArrayList<>(input.services().size());
        for (CoverageInput.Service service : input.services()) {
            Map<String, TreeSet<String>> byDepartement = operators.getOrDefault(service.id(), Map.of());
            Map<String, BigDecimal> serviceDemand = demand.getOrDefault(service.id(), Map.of());
            Map<String, CoverageCell> cells = HashMap.newHashMap(input.departements().size());
            for (CoverageInput.Departement departement : input.departements()) {
                cells.put(departement.code(), new CoverageCell(
                        List.copyOf(byDepartement.getOrDefault(departement.code(), new TreeSet<>())),
                        serviceDemand.get(departement.code())));
            }
            CoverageCell region = new CoverageCell(
                    List.copyOf(regionOperators.getOrDefault(service.id(), new TreeSet<>())),
                    serviceDemand.get(REGION));
            rows.add(new CoverageRow(service, cells, region));
        }
        return new CoverageMatrix(input.departements(), rows);
    }

    private static final String REGION = "";

    private static String regionKey(String departementCode) {
        return departementCode == null ? REGION : departementCode;
    }
}
