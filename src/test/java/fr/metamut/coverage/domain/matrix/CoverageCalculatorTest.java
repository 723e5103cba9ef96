package fr.metamut.coverage.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.ReportData;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matrix computed from the report's per-operator lists, cell by cell. */
class CoverageCalculatorTest {

    private final ReportData report = new ReportData();
    private final CoverageMatrix matrix = CoverageCalculator.compute(report.input());

    /** The published cells that the per-operator lists contradict (service code, département) → computed value. */
    private static final Map<String, Integer> KNOWN_DIFFERENCES = Map.of(
            "ACCOMP_STRAT/02", 1,
            "COMMUNICATION/02", 0,
            "COLLABORATIF/02", 1,
            "COLLABORATIF/60", 2,
            "TELECOM/80", 2);

    @Test
    void every_cell_of_the_32_lines_matches_the_published_table_except_the_known_differences() {
        Map<Long, String> codes = new HashMap<>();
        report.serviceIds().forEach((code, id) -> codes.put(id, code));
        int compared = 0;
        for (PublishedValue published : report.published()) {
            if (published.serviceId() == null || published.departementCode() == null) {
                continue;
            }
            String key = codes.get(published.serviceId()) + "/" + published.departementCode();
            int computed = matrix.row(published.serviceId()).orElseThrow().cell(published.departementCode()).count();
            assertThat(computed).as(key).isEqualTo(KNOWN_DIFFERENCES.getOrDefault(key, published.value()));
            compared++;
        }
        assertThat(compared).isEqualTo(32 * 5);
    }

    @Test
    void cells_name_the_operators_and_count_them_once_each() {
        assertThat(cell("MARCHES_PUBLICS", "62").operators()).containsExactly("Cap'Oise", "CDG62");
        assertThat(cell("DPD", "80").operators()).containsExactly("Adico", "Somme Numérique");
        assertThat(cell("FACTURATION", "60").operators()).containsExactly("Adico");
        assertThat(row("MARCHES_PUBLICS").region().count()).isEqualTo(6);
        assertThat(row("GRU").cell("02").operators()).containsExactly("RVVN");
    }

    @Test
    void states_follow_the_report_colours() {
        assertThat(cell("ADS", "02").state()).isEqualTo(CellState.GAP);
        assertThat(cell("FACTURATION", "60").state()).isEqualTo(CellState.SINGLE);
        assertThat(cell("MARCHES_PUBLICS", "59").state()).isEqualTo(CellState.DOUBLON);
        assertThat(row("ADS").regionWideAbsence()).isTrue();
        assertThat(matrix.regionWideAbsences()).extracting(r -> r.service().code())
                .contains("ADS", "AIDE_SOCIALE", "POLICE_MUN", "SIG", "VIDEOPROTECTION")
                .doesNotContain("DPD", "GRU");
    }

    @Test
    void demand_without_offer_is_marked_where_the_survey_asks_and_nobody_offers() {
        CoverageCell archives62 = cell("ARCHIVAGE", "62");
        assertThat(archives62.count()).isZero();
        assertThat(archives62.demand()).isEqualByComparingTo("30");
        assertThat(archives62.demandWithoutOffer()).isTrue();
        assertThat(cell("ARCHIVAGE", "59").demandWithoutOffer()).isFalse();
        assertThat(cell("ADS", "02").demand()).isNull();
        assertThat(cell("ADS", "02").demandWithoutOffer()).isFalse();
    }

    @Test
    void several_survey_lines_on_one_service_keep_the_strongest_demand() {
        // "Parapheur électronique" (12 %) and "contrôle de légalité" (3 %) both map to dématérialisation in 59
        assertThat(cell("DEMATERIALISATION", "59").demand()).isEqualByComparingTo("12");
        // "Outils collaboratifs" (15 %) and "Messagerie électronique" (4 %) in 02
        assertThat(cell("COLLABORATIF", "02").demand()).isEqualByComparingTo("15");
    }

    @Test
    void kpis_add_up_the_cells() {
        int cells = matrix.rows().size() * matrix.departements().size();
        long singles = matrix.rows().stream().flatMap(r -> r.cells().values().stream())
                .filter(c -> c.state() == CellState.SINGLE).count();
        assertThat(matrix.gapCount() + matrix.doublonCount() + singles).isEqualTo(cells);
        assertThat(matrix.servicesCovered(true)).containsExactly(Map.entry("02", 16), Map.entry("59", 16),
                Map.entry("60", 24), Map.entry("62", 13), Map.entry("80", 18));
        BigDecimal expected = matrix.rows().stream().flatMap(r -> r.cells().values().stream())
                .filter(CoverageCell::demandWithoutOffer).map(CoverageCell::demand).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(matrix.demandWeightedGapScore()).isEqualByComparingTo(expected).isPositive();
    }

    @Test
    void without_an_operator_its_services_lose_coverage_and_nothing_else_changes() {
        long capOise = report.operatorId("CAP_OISE");
        CoverageMatrix without = CoverageCalculator.compute(report.input(), Set.of(capOise));
        assertThat(without.row(report.serviceId("MATERIEL")).orElseThrow().cell("62").count()).isZero();
        assertThat(without.row(report.serviceId("MARCHES_PUBLICS")).orElseThrow().cell("62").operators())
                .containsExactly("CDG62");
        assertThat(without.row(report.serviceId("DPD")).orElseThrow().cell("80").count()).isEqualTo(2);
        assertThat(without.gapCount()).isGreaterThan(matrix.gapCount());
    }

    @Test
    void an_empty_region_is_all_gaps() {
        CoverageInput empty = new CoverageInput(report.input().departements(), report.input().services(), List.of(), List.of(),
                List.of());
        CoverageMatrix m = CoverageCalculator.compute(empty);
        assertThat(m.gapCount()).isEqualTo((long) report.input().services().size() * 5);
        assertThat(m.doublonCount()).isZero();
        assertThat(m.regionWideAbsences()).hasSize(report.input().services().size());
    }

    private CoverageRow row(String code) {
        return matrix.rowByCode(code).orElseThrow();
    }

    private CoverageCell cell(String code, String departement) {
        return row(code).cell(departement);
    }
}
