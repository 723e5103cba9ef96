package fr.metamut.coverage.domain.matrix;

import java.math.BigDecimal;
import java.util.List;

/**
 * A (service, département) pair where communes ask for a service that few operators offer.
 *
 * @param score {@code demand ÷ (1 + operators)}: the whole demand when nobody offers it, half of it
 *              with one operator, and so on
 */
public record PriorityGap(CoverageInput.Service service, CoverageInput.Departement departement, BigDecimal demand,
                          List<String> operators, BigDecimal score) {

    public PriorityGap {
        operators = List.copyOf(operators);
    }

    public int operatorCount() {
        return operators.size();
    }
}
