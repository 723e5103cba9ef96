package fr.metamut.coverage.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.ReportData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Specialised vs polyvalent operators, as the report names them, and their doublons. */
class OperatorProfileTest {

    private final ReportData report = new ReportData();
    private final List<OperatorProfile> profiles =
            OperatorProfile.of(report.input(), CoverageCalculator.compute(report.input()));

    @Test
    void the_reports_specialised_and_polyvalent_operators_are_classified_so() {
        assertThat(profile("Adica").breadth()).isEqualTo(OperatorProfile.Breadth.SPECIALISED);
        assertThat(profile("CDG62").breadth()).isEqualTo(OperatorProfile.Breadth.SPECIALISED);
        assertThat(profile("La Fibre 59/62").breadth()).isEqualTo(OperatorProfile.Breadth.SPECIALISED);
        assertThat(profile("Somme Numérique").breadth()).isEqualTo(OperatorProfile.Breadth.POLYVALENT);
        assertThat(profile("Adico").breadth()).isEqualTo(OperatorProfile.Breadth.POLYVALENT);
        assertThat(profile("CDG59").breadth()).isEqualTo(OperatorProfile.Breadth.POLYVALENT);
        assertThat(profile("Adico").metiers()).isEqualTo(23);
    }

    @Test
    void overlaps_name_the_other_operators_of_each_doublon() {
        assertThat(profile("CDG62").overlaps()).singleElement().satisfies(o -> {
            assertThat(o.serviceName()).isEqualTo("Marchés publics");
            assertThat(o.departementCode()).isEqualTo("62");
            assertThat(o.otherOperators()).containsExactly("Cap'Oise");
        });
        assertThat(profile("La Fibre 59/62").overlaps()).isEmpty();
    }

    private OperatorProfile profile(String name) {
        return profiles.stream().filter(p -> p.operatorName().equals(name)).findFirst().orElseThrow();
    }
}
