package fr.metamut.coverage.domain.matrix;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The computed coverage: one row per catalogue service, one column per département, plus the region. */
public record CoverageMatrix(List<CoverageInput.Departement> departements, List<CoverageRow> rows) {

    public CoverageMatrix {
        departements = List.copyOf(departements);
        rows = List.copyOf(rows);
    }

    public Optional<CoverageRow> row(long serviceId) {
        return rows.stream().filter(r -> r.service().id() == serviceId).findFirst();
    }

    public Optional<CoverageRow> rowByCode(String serviceCode) {
        return rows.stream().filter(r -> r.service().code().equals(serviceCode)).findFirst();
    }

    /** (service, département) cells nobody covers. */
    public long gapCount() {
        return cells().filter(c -> c.state() == CellState.GAP).count();
    }

    /** (service, département) cells covered by two operators or more. */
    public long doublonCount() {
        return cells().filter(c -> c.state() == CellState.DOUBLON).count();
    }

    /** (service, département) cells where the survey shows demand and nobody offers the service. */
    public long demandWithoutOfferCount() {
        return cells().filter(CoverageCell::demandWithoutOffer).count();
    }

    /** Services nobody offers anywhere in the region. */
    public List<CoverageRow> regionWideAbsences() {
        return rows.stream().filter(CoverageRow::regionWideAbsence).toList();
    }

    /**
     * The demand-weighted gap score: the sum, over uncovered (service, département) cells, of the % of
     * respondents asking for the service there. Zero when every demanded service is offered.
     */
    public BigDecimal demandWeightedGapScore() {
        return cells().filter(CoverageCell::demandWithoutOffer).map(CoverageCell::demand)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Services covered (at least one operator) per département code; {@code synthesisOnly} keeps the report's 32 lines. */
    public Map<String, Integer> servicesCovered(boolean synthesisOnly) {
        Map<String, Integer> covered = new LinkedHashMap<>();
        for (CoverageInput.Departement departement : departements) {
            int count = 0;
            for (CoverageRow row : rows) {
                if ((!synthesisOnly || row.service().synthesis()) && row.cell(departement.code()).count() > 0) {
                    count++;
                }
            }
            covered.put(departement.code(), count);
        }
        return covered;
    }

    /** How many services the matrix counts: the report's synthesis lines only, or the whole catalogue. */
    public int serviceCount(boolean synthesisOnly) {
        return (int) rows.stream().filter(r -> !synthesisOnly || r.service().synthesis()).count();
    }

    /** Services covered somewhere in the region. */
    public int servicesCoveredInRegion(boolean synthesisOnly) {
        return (int) rows.stream()
                .filter(r -> (!synthesisOnly || r.service().synthesis()) && !r.regionWideAbsence()).count();
    }

    /** The (service, département) cells where an operator, by name, offers the service. */
    public List<CoverageCell> cellsOf(String operatorName) {
        return cells().filter(c -> c.operators().contains(operatorName)).toList();
    }

    /** The départements where an operator, by name, offers at least one service. */
    public List<CoverageInput.Departement> departementsOf(String operatorName) {
        return departements.stream().filter(d -> rows.stream()
                .anyMatch(r -> r.cell(d.code()).operators().contains(operatorName))).toList();
    }

    private java.util.stream.Stream<CoverageCell> cells() {
        return rows.stream().flatMap(r -> r.cells().values().stream());
    }
}
