package fr.metamut.coverage.domain.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How broad an operator's offer is, as the report defines it ("spécialisés" cover few métiers,
 * "polyvalents" many; the regional mean is 7), and where it is in doublon with whom.
 *
 * @param metiers distinct catalogue services the operator offers anywhere in the region
 */
public record OperatorProfile(long operatorId, String operatorName, int metiers, Breadth breadth,
                              List<Overlap> overlaps) {

    /** Up to this many métiers, an operator is specialised (the report's Adica, CDG62, La Fibre 59/62). */
    public static final int SPECIALISED_MAX = 3;
    /** From this many métiers, an operator is polyvalent (above the regional mean of 7). */
    public static final int POLYVALENT_MIN = 8;

    public OperatorProfile {
        overlaps = List.copyOf(overlaps);
    }

    /** Specialised, intermediate or polyvalent. */
    public enum Breadth {
        SPECIALISED, INTERMEDIATE, POLYVALENT;

        public static Breadth of(int metiers) {
            return metiers <= SPECIALISED_MAX ? SPECIALISED : metiers >= POLYVALENT_MIN ? POLYVALENT : INTERMEDIATE;
        }
    }

    /** A doublon: the operator and others offer the same service in the same département. */
    public record Overlap(String serviceName, String departementCode, List<String> otherOperators) {
        public Overlap {
            otherOperators = List.copyOf(otherOperators);
        }
    }

    /** Profiles every operator that offers something in the input. */
    public static List<OperatorProfile> of(CoverageInput input, CoverageMatrix matrix) {
        java.util.Map<Long, String> names = new java.util.TreeMap<>();
        java.util.Map<Long, Set<Long>> services = new java.util.HashMap<>();
        for (CoverageInput.Offer offer : input.offerings()) {
            names.put(offer.operatorId(), offer.operatorName());
            services.computeIfAbsent(offer.operatorId(), k -> new java.util.HashSet<>()).add(offer.serviceId());
        }
        List<OperatorProfile> profiles = new ArrayList<>();
        names.forEach((id, name) -> {
            List<Overlap> overlaps = new ArrayList<>();
            for (CoverageRow row : matrix.rows()) {
                for (CoverageInput.Departement departement : matrix.departements()) {
                    CoverageCell cell = row.cell(departement.code());
                    if (cell.state() == CellState.DOUBLON && cell.operators().contains(name)) {
                        Set<String> others = new TreeSet<>(cell.operators());
                        others.remove(name);
                        overlaps.add(new Overlap(row.service().name(), departement.code(), List.copyOf(others)));
                    }
                }
            }
            int metiers = services.get(id).size();
            profiles.add(new OperatorProfile(id, name, metiers, Breadth.of(metiers), overlaps));
        });
        profiles.sort(java.util.Comparator.comparing(OperatorProfile::operatorName, String.CASE_INSENSITIVE_ORDER));
        return profiles;
    }
}
