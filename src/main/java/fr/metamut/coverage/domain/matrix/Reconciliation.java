package fr.metamut.coverage.domain.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compares the report's published synthesis table with the matrix computed from the per-operator
 * lists, cell by cell, and lists every difference — so users know which numbers to trust and why.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    public static List<Discrepancy> compare(CoverageMatrix matrix, List<PublishedValue> published) {
        Map<String, Integer> covered = matrix.servicesCovered(true);
        List<Discrepancy> differences = new ArrayList<>();
        for (PublishedValue value : published) {
            if (value.serviceId() == null) {
                int computed = value.departementCode() == null
                        ? matrix.servicesCoveredInRegion(true)
                        : covered.getOrDefault(value.departementCode(), 0);
                add(differences, value, null, Discrepancy.Kind.SERVICES, computed, List.of());
                continue;
            }
            CoverageRow row = matrix.row(value.serviceId()).orElse(null);
            if (row == null) {
                add(differences, value, null, Discrepancy.Kind.OPERATORS, 0, List.of());
            } else if (value.departementCode() == null) {
                int departements = (int) row.cells().values().stream().filter(c -> c.count() > 0).count();
                add(differences, value, row.service().name(), Discrepancy.Kind.DEPARTEMENTS, departements, List.of());
            } else {
                CoverageCell cell = row.cell(value.departementCode());
                add(differences, value, row.service().name(), Discrepancy.Kind.OPERATORS, cell.count(), cell.operators());
            }
        }
        differences.sort(Comparator.comparingInt(Discrepancy::position)
                .thenComparing(d -> d.departementCode() == null ? "~" : d.departementCode()));
        return differences;
    }

    private static void add(List<Discrepancy> differences, PublishedValue value, @Nullable String serviceName,
                            Discrepancy.Kind kind, int computed, List<String> operators) {
        if (computed != value.value()) {
            differences.add(new Discrepancy(value.position(), value.reportLabel(),
                    serviceName == null ? value.reportLabel() : serviceName, value.departementCode(), kind,
                    value.value(), computed, operators));
        }
    }
}
