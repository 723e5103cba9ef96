package fr.metamut.coverage.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.ReferenceCsv;
import fr.metamut.coverage.domain.InterviewInsight;
import fr.metamut.coverage.domain.InterviewInsightRepository;
import fr.metamut.coverage.domain.PublishedSynthesisCell;
import fr.metamut.coverage.domain.PublishedSynthesisCellRepository;
import fr.metamut.coverage.domain.SurveyFact;
import fr.metamut.coverage.domain.SurveyFactRepository;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.domain.SurveyNeedRepository;
import fr.metamut.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The survey tables of the report: unmet needs per département, headline facts, published synthesis, interviews. */
@IntegrationTest
class SurveySeederTest {

    @Autowired
    SurveyNeedRepository needs;
    @Autowired
    SurveyFactRepository facts;
    @Autowired
    PublishedSynthesisCellRepository published;
    @Autowired
    InterviewInsightRepository insights;

    @Test
    void loads_twenty_eight_survey_needs_each_with_a_value_for_the_five_departements() {
        List<SurveyNeed> all = needs.findAll();
        assertThat(all).hasSize(28);
        for (SurveyNeed need : all) {
            assertThat(need.getValues()).as(need.getLabel())
                    .extracting(v -> v.getDepartement().getCode())
                    .containsExactlyInAnyOrder("02", "59", "60", "62", "80");
        }
    }

    @Test
    void keeps_the_percentages_of_the_report() {
        SurveyNeed archiving = needs.findAll().stream().filter(n -> n.getPosition() == 1).findFirst().orElseThrow();
        assertThat(archiving.getLabel()).isEqualTo("Archivage électronique");
        assertThat(archiving.getServiceLine().getCode()).isEqualTo("ARCHIVAGE");
        assertThat(archiving.percentIn("59")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("33"));
        assertThat(archiving.getRegionPercent()).isEqualByComparingTo(new BigDecimal("24"));
    }

    @Test
    void loads_every_fact_synthesis_line_and_insight_of_the_files() {
        assertThat(facts.count()).isEqualTo(rows(SurveySeeder.FACTS));
        // one cell per département plus the total, for each line of the published table
        assertThat(published.count()).isEqualTo(rows(SurveySeeder.PUBLISHED) * 6L);
        assertThat(insights.count()).isEqualTo(rows(SurveySeeder.INSIGHTS));
    }

    @Test
    void every_loaded_row_records_the_report_as_its_source() {
        assertThat(needs.findAll()).extracting(SurveyNeed::getSource).containsOnly(Sources.REPORT_2021);
        assertThat(facts.findAll()).extracting(SurveyFact::getSource).containsOnly(Sources.REPORT_2021);
        assertThat(published.findAll()).extracting(PublishedSynthesisCell::getSource).containsOnly(Sources.REPORT_2021);
        assertThat(insights.findAll()).extracting(InterviewInsight::getSource).containsOnly(Sources.REPORT_2021);
    }

    private static long rows(ReferenceCsv file) {
        return file.rows().size();
    }
}
