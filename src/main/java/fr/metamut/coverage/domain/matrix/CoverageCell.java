package fr.metamut.coverage.domain.matrix;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cell: the operators offering a service in a département (or the region) and the survey demand
 * there. Demand without offer is the report's red marker: respondents ask for it and nobody offers it.
 */
public record CoverageCell(List<String> operators, @Nullable BigDecimal demand) {

    public CoverageCell {
        operators = List.copyOf(operators);
    }

    public int count() {
        return operators.size();
    }

    public CellState state() {
        return CellState.of(count());
    }

    public boolean hasDemand() {
        return demand != null && demand.signum() > 0;
    }

    public boolean demandWithoutOffer() {
        return count() == 0 && hasDemand();
    }
}
