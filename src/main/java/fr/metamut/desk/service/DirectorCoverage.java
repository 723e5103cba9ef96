package fr.metamut.desk.service;

import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import java.util.List;

/**
 * What a director's desk shows of the coverage matrix: a change of the matrix that leaves it equal leaves the desk
 * as it is.
 *
 * @param territory the départements where the operator works (its home and wherever it offers a service)
 * @param gaps      services asked for and offered by nobody in that territory, most asked first
 */
public record DirectorCoverage(List<CoverageInput.Departement> territory, List<PriorityGap> gaps) {

    public DirectorCoverage {
        territory = List.copyOf(territory);
        gaps = List.copyOf(gaps);
    }
}
