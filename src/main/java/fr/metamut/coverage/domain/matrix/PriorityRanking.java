package fr.metamut.coverage.domain.matrix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the (service, département) pairs where demand is highest and coverage lowest. Score =
 * % of respondents asking for it ÷ (1 + number of operators offering it there); ties go to the higher
 * demand, then to the service name. Pairs without demand are not ranked.
 */
public final class PriorityRanking {

    private PriorityRanking() {
    }

    public static List<PriorityGap> rank(CoverageMatrix matrix) {
        List<PriorityGap> gaps = new ArrayList<>();
        for (CoverageRow row : matrix.rows()) {
            for (CoverageInput.Departement departement : matrix.departements()) {
                CoverageCell cell = row.cell(departement.code());
                if (cell.hasDemand()) {
                    BigDecimal score = cell.demand().divide(BigDecimal.valueOf(1L + cell.count()), 2, RoundingMode.HALF_UP);
                    gaps.add(new PriorityGap(row.service(), departement, cell.demand(), cell.operators(), score));
                }
            }
        }
        gaps.sort(Comparator.comparing(PriorityGap::score).reversed()
                .thenComparing(Comparator.comparing(PriorityGap::demand).reversed())
                .thenComparing(g -> g.service().name())
                .thenComparing(g -> g.departement().code()));
        return gaps;
    }
}
