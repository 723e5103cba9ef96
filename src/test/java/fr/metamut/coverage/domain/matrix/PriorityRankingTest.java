package fr.metamut.coverage.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.ReportData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Priority gaps: highest demand and lowest coverage first, score = demand ÷ (1 + operators). */
class PriorityRankingTest {

    private final List<PriorityGap> ranking = PriorityRanking.rank(CoverageCalculator.compute(new ReportData().input()));

    @Test
    void the_top_is_archiving_in_pas_de_calais_then_training_centres_in_aisne() {
        assertThat(ranking.get(0).service().code()).isEqualTo("ARCHIVAGE");
        assertThat(ranking.get(0).departement().code()).isEqualTo("62");
        assertThat(ranking.get(0).score()).isEqualByComparingTo("30");
        assertThat(ranking.get(1).service().code()).isEqualTo("CENTRE_FORMATION");
        assertThat(ranking.get(1).departement().code()).isEqualTo("02");
    }

    @Test
    void score_is_demand_divided_by_one_plus_the_operators_and_the_list_is_sorted_by_it() {
        for (PriorityGap gap : ranking) {
            BigDecimal expected = gap.demand().divide(BigDecimal.valueOf(1L + gap.operatorCount()), 2, java.math.RoundingMode.HALF_UP);
            assertThat(gap.score()).isEqualByComparingTo(expected);
            assertThat(gap.demand()).isPositive();
        }
        for (int i = 1; i < ranking.size(); i++) {
            assertThat(ranking.get(i - 1).score()).isGreaterThanOrEqualTo(ranking.get(i).score());
        }
    }

    @Test
    void an_offered_service_with_high_demand_ranks_below_an_equal_demand_with_no_offer() {
        PriorityGap materiel80 = find("MATERIEL", "80"); // 35 %, Cap'Oise → 17.5
        PriorityGap hebergement59 = find("HEBERGEMENT", "59"); // 19 %, nobody → 19
        assertThat(materiel80.score()).isEqualByComparingTo("17.5");
        assertThat(ranking.indexOf(hebergement59)).isLessThan(ranking.indexOf(materiel80));
    }

    private PriorityGap find(String service, String departement) {
        return ranking.stream().filter(g -> g.service().code().equals(service) && g.departement().code().equals(departement))
                .findFirst().orElseThrow();
    }
}
