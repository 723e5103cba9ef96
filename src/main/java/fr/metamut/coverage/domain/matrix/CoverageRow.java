package fr.metamut.coverage.domain.matrix;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A service's cells per département code, and its region-wide cell (distinct operators in the region). */
public record CoverageRow(CoverageInput.Service service, Map<String, CoverageCell> cells, CoverageCell region) {

    public CoverageRow {
        cells = Map.copyOf(cells);
    }

    public @Nullable CoverageCell cell(String departementCode) {
        return cells.get(departementCode);
    }

    /** Nobody offers this service anywhere in the region. */
    public boolean regionWideAbsence() {
        return region.count() == 0;
    }

    public boolean hasGap() {
        return any(cells.values(), CellState.GAP);
    }

    public boolean hasDoublon() {
        return any(cells.values(), CellState.DOUBLON);
    }

    public boolean hasDemandWithoutOffer() {
        return cells.values().stream().anyMatch(CoverageCell::demandWithoutOffer);
    }

    private static boolean any(Collection<CoverageCell> cells, CellState state) {
        return cells.stream().anyMatch(c -> c.state() == state);
    }
}
