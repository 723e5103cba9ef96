package fr.metamut.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.ReferenceCsv;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.DepartementRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.catalog.domain.ServiceOrigin;
import fr.metamut.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report's départements, operators, catalogue and per-operator offerings, as loaded at first start. */
@IntegrationTest
class CatalogSeederTest {

    private static final List<String> DEPARTEMENT_CODES = List.of("02", "59", "60", "62", "80");

    @Autowired
    DepartementRepository departements;
    @Autowired
    OperatorRepository operators;
    @Autowired
    ServiceLineRepository services;
    @Autowired
    OfferingRepository offerings;

    @Test
    void loads_the_five_departements_of_the_region() {
        assertThat(departements.findAllByOrderByCode()).extracting(Departement::getCode)
                .containsExactlyElementsOf(DEPARTEMENT_CODES);
    }

    @Test
    void loads_the_nine_operators() {
        assertThat(operators.count()).isEqualTo(9);
        assertThat(operators.findAll()).extracting(Operator::getCode)
                .containsExactlyInAnyOrderElementsOf(column(CatalogSeeder.OPERATORS, "code"));
    }

    @Test
    void loads_forty_catalogue_services_of_which_thirty_two_come_from_the_synthesis_table() {
        List<ServiceLine> all = services.findAll();
        assertThat(all).hasSize(40);
        assertThat(all).filteredOn(s -> s.getOrigin() == ServiceOrigin.SYNTHESE).hasSize(32);
    }

    @Test
    void loads_exactly_the_offerings_of_the_per_operator_lists() {
        List<ReferenceCsv.Row> rows = CatalogSeeder.OFFERINGS.rows();
        Set<String> expected = rows.stream()
                .map(row -> row.get("operator") + "/" + row.get("service") + "/" + row.get("departement"))
                .collect(Collectors.toSet());

        assertThat(rows.size()).as("rows in offerings.csv").isEqualTo(123);
        assertThat(expected).as("no operator × service × département twice in the file").hasSize(rows.size());
        assertThat(offerings.count()).isEqualTo(rows.size());
        assertThat(offerings.findAll()).extracting(CatalogSeederTest::key)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void adico_offers_twenty_three_services_in_the_oise() {
        assertThat(servicesOffered("ADICO", "60")).hasSize(23);
    }

    @Test
    void cap_oise_offers_six_services_in_each_of_the_five_departements() {
        for (String departement : DEPARTEMENT_CODES) {
            assertThat(servicesOffered("CAP_OISE", departement)).as("Cap'Oise in %s", departement).hasSize(6);
        }
    }

    @Test
    void rvvn_extras_are_catalogue_services_outside_the_synthesis_table() {
        List<String> extras = List.of("GRU", "DEMOCRATIE_PART", "ALERTES");
        for (String code : extras) {
            ServiceLine service = services.findByCode(code).orElseThrow();
            assertThat(service.getOrigin()).as(code).isEqualTo(ServiceOrigin.RVVN);
            assertThat(service.getOrigin().outsideSynthesisTable()).isTrue();
        }
        for (String departement : DEPARTEMENT_CODES) {
            assertThat(servicesOffered("RVVN", departement)).as("RVVN in %s", departement).containsAll(extras);
        }
    }

    @Test
    void every_loaded_row_records_the_report_as_its_source() {
        assertThat(departements.findAll()).extracting(Departement::getSource).containsOnly(Sources.REPORT_2021);
        assertThat(operators.findAll()).extracting(Operator::getSource).containsOnly(Sources.REPORT_2021);
        assertThat(services.findAll()).extracting(ServiceLine::getSource).containsOnly(Sources.REPORT_2021);
        assertThat(offerings.findAll()).extracting(Offering::getSource).containsOnly(Sources.REPORT_2021);
        assertThat(Sources.REPORT_2021).isEqualTo("Rapport OPSN Hauts-de-France, février 2021");
    }

    private Set<String> servicesOffered(String operatorCode, String departementCode) {
        Long operatorId = operators.findByCode(operatorCode).orElseThrow().getId();
        return offerings.findByOperator(operatorId).stream()
                .filter(o -> o.getDepartement().getCode().equals(departementCode))
                .map(o -> o.getServiceLine().getCode())
                .collect(Collectors.toSet());
    }

    private static List<String> column(ReferenceCsv file, String name) {
        return file.rows().stream().map(row -> row.get(name)).toList();
    }

    private static String key(Offering o) {
        return o.getOperator().getCode() + "/" + o.getServiceLine().getCode() + "/" + o.getDepartement().getCode();
    }
}
