package fr.metamut.workbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.coverage.domain.matrix.CoverageCalculator;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.Discrepancy;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.support.ReportData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Labels from users or reference data that look like formulas stay text, exactly as typed. */
class FormulaInjectionTest {

    static final List<String> CRAFTED = List.of("=1+1", "+SUM(A1)", "-2", "@x", "\tfoo", "\rbar", "\nbaz", "＝1",
            "＋1", "－1", "＠x", "=HYPERLINK(\"http://example.org\",\"clic\")", "=cmd|' /C calc'!A0");

    @Test
    void crafted_labels_are_string_cells_with_the_exact_text_and_a_quote_prefix() {
        try (XSSFWorkbook workbook = WorkbookReader.open(WorkbookReader.bytes(craftedContent()))) {
            List<Cell> cells = CopilWorkbookTest.cells(workbook).toList();
            assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
            for (String crafted : CRAFTED) {
                List<Cell> found = cells.stream().filter(c -> c.getCellType() == CellType.STRING)
                        .filter(c -> c.getStringCellValue().equals(crafted)).toList();
                // service name on Couverture, Besoins and its ranking; family heading; operator; need; fact; report label
                assertThat(found).as(printable(crafted)).hasSizeGreaterThanOrEqualTo(5);
                assertThat(found).as(printable(crafted)).allMatch(c -> c.getCellStyle().getQuotePrefixed());
            }
            // the family heading row comes first (the crafted family is the crafted service name), then the service
            org.apache.poi.ss.usermodel.Row heading = WorkbookReader.rowStartingWith(workbook.getSheet("Couverture"), "=1+1")
                    .orElseThrow();
            Cell operators = workbook.getSheet("Couverture").getRow(heading.getRowNum() + 1).getCell(1);
            assertThat(operators.getCellType()).isEqualTo(CellType.NUMERIC);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void ordinary_labels_have_no_quote_prefix() {
        try (XSSFWorkbook workbook = WorkbookReader.open(WorkbookReader.bytes(new ReportData().workbookContent()))) {
            Cell service = WorkbookReader.rowStartingWith(workbook.getSheet("Couverture"), "Marchés publics")
                    .orElseThrow().getCell(0);
            assertThat(service.getCellStyle().getQuotePrefixed()).isFalse();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One service, family, operator, survey line, fact and report label per crafted text. */
    static WorkbookContent craftedContent() {
        List<CoverageInput.Departement> departements = List.of(new CoverageInput.Departement("02", "Aisne"),
                new CoverageInput.Departement("59", "Nord"));
        List<CoverageInput.Service> services = new ArrayList<>();
        List<CoverageInput.Offer> offers = new ArrayList<>();
        List<CoverageInput.Demand> demand = new ArrayList<>();
        List<WorkbookContent.Need> needs = new ArrayList<>();
        List<WorkbookContent.Fact> facts = new ArrayList<>();
        List<Discrepancy> discrepancies = new ArrayList<>();
        for (int i = 0; i < CRAFTED.size(); i++) {
            String text = CRAFTED.get(i);
            long id = i + 1;
            services.add(new CoverageInput.Service(id, "S" + id, text, text, 1, true));
            offers.add(new CoverageInput.Offer(100 + id, text, id, "59"));
            demand.add(new CoverageInput.Demand(id, "02", BigDecimal.TEN));
            demand.add(new CoverageInput.Demand(id, "59", BigDecimal.ONE));
            needs.add(new WorkbookContent.Need(i + 1, text, id, text, Map.of("02", BigDecimal.TEN), BigDecimal.ONE, text));
            facts.add(new WorkbookContent.Fact(text, BigDecimal.ONE, null));
            discrepancies.add(new Discrepancy(i + 1, text, text, "02", Discrepancy.Kind.OPERATORS, 1, 0, List.of(text)));
        }
        CoverageMatrix matrix = CoverageCalculator.compute(new CoverageInput(departements, services, offers, demand, List.of()));
        return new WorkbookContent(matrix, PriorityRanking.rank(matrix), discrepancies, needs, facts, "=source",
                LocalDate.of(2026, 11, 28));
    }

    private static String printable(String text) {
        return text.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
