package fr.metamut.coverage.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.metamut.support.ReportData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the report's published synthesis table disagrees with its own per-operator lists. */
class ReconciliationTest {

    private final ReportData report = new ReportData();

    @Test
    void lists_every_cell_where_the_published_table_differs() {
        List<Discrepancy> differences = Reconciliation.compare(CoverageCalculator.compute(report.input()), report.published());
        assertThat(differences)
                .extracting(Discrepancy::reportLabel, Discrepancy::departementCode, Discrepancy::published, Discrepancy::computed)
                .containsExactly(
                        tuple("Accompagnement stratégique", "02", 2, 1),
                        tuple("Communication", "02", 1, 0),
                        tuple("Communication", null, 3, 2),
                        tuple("Outils collaboratifs", "02", 2, 1),
                        tuple("Outils collaboratifs", "60", 1, 2),
                        tuple("Services de télécommunications", "80", 1, 2),
                        tuple("Nombre de métiers couverts", "02", 17, 16),
                        tuple("Nombre de métiers couverts", null, 24, 27));
        assertThat(differences.get(4).operators()).containsExactly("Adico", "RVVN");
        assertThat(differences.get(4).kind()).isEqualTo(Discrepancy.Kind.OPERATORS);
        assertThat(differences.get(2).kind()).isEqualTo(Discrepancy.Kind.DEPARTEMENTS);
        assertThat(differences.get(7).kind()).isEqualTo(Discrepancy.Kind.SERVICES);
    }

    @Test
    void a_matrix_that_agrees_with_the_table_has_no_difference() {
        CoverageMatrix matrix = CoverageCalculator.compute(report.input());
        List<PublishedValue> agreeing = report.published().stream().map(p -> {
            if (p.serviceId() == null || p.departementCode() == null) {
                return null;
            }
            return new PublishedValue(p.position(), p.reportLabel(), p.serviceId(), p.departementCode(),
                    matrix.row(p.serviceId()).orElseThrow().cell(p.departementCode()).count());
        }).filter(java.util.Objects::nonNull).toList();
        assertThat(Reconciliation.compare(matrix, agreeing)).isEmpty();
    }
}
