package fr.metamut.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.domain.Sources;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipRepository;
import fr.metamut.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The partnerships named in the report's interviews. */
@IntegrationTest
class PartnershipSeederTest {

    @Autowired
    PartnershipRepository partnerships;

    @Test
    void loads_the_three_partnerships_of_the_interviews() {
        assertThat(partnerships.findAll()).extracting(Partnership::getCode)
                .containsExactlyInAnyOrder("ATEXO", "DPO_SN_ADICO", "DPO_ADICA_ADICO");
    }

    @Test
    void links_each_partnership_to_its_operators() {
        Partnership atexo = partnerships.findAll().stream().filter(p -> "ATEXO".equals(p.getCode()))
                .findFirst().orElseThrow();
        assertThat(atexo.getOperators()).extracting(Operator::getCode)
                .containsExactlyInAnyOrder("SOMME_NUM", "CDG59", "CDG62");
        assertThat(atexo.getDepartements()).hasSize(3);
        assertThat(atexo.getServices()).singleElement().satisfies(s -> assertThat(s.getCode()).isEqualTo("MARCHES_PUBLICS"));
    }

    @Test
    void every_partnership_records_the_report_as_its_source() {
        assertThat(partnerships.findAll()).extracting(Partnership::getSource).containsOnly(Sources.REPORT_2021);
    }
}
