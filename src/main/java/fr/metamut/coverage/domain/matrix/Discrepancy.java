package fr.metamut.coverage.domain.matrix;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cell where the published synthesis table differs from the matrix computed from the per-operator
 * lists. {@code operators} lists who the per-operator lists name for an operator-count cell.
 */
public record Discrepancy(int position, String reportLabel, String serviceName, @Nullable String departementCode, Kind kind,
                          int published, int computed, List<String> operators) {

    public Discrepancy {
        operators = List.copyOf(operators);
    }

    /** What the compared number counts. */
    public enum Kind {
        /** operators offering a service in a département */
        OPERATORS,
        /** départements where a service is offered (the "Total" column) */
        DEPARTEMENTS,
        /** services covered in a département or the region (the last row) */
        SERVICES
    }

    public int difference() {
        return computed - published;
    }
}
