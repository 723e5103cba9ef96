package fr.metamut.workbook.domain;

import static fr.metamut.workbook.domain.WorkbookReader.rowStartingWith;
import static fr.metamut.workbook.domain.WorkbookReader.texts;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.ReportData;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The new columns and figures, read back with POI: Synthèse's offers and actions, AFOM's actions, the plan's links. */
class CommitteeFiguresTest {

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void export() {
        WorkbookContent report = new ReportData().workbookContent();
        LocalDate day = LocalDate.of(2027, 3, 1);
        List<WorkbookContent.Offer> offers = List.of(
                offer("DPO mutualisé", "Validée", "VALIDEE", "120000"),
                offer("SIG partagé", "Validée", "VALIDEE", "30000.50"),
                offer("Archivage", "Refusée", "REFUSEE", "5000"),
                offer("Marchés", "Soumise", "SOUMISE", null));
        List<WorkbookContent.Action> actions = List.of(
                action(1, "Former au RGPD", "Fait", "FAIT", true, false, 100, null),
                action(2, "Déployer le SIG", "En cours", "EN_COURS", false, true, 40,
                        "Offre conjointe : SIG (62)\nAFOM : Réseau dense"),
                action(3, "Ouvrir la plateforme", "À faire", "A_FAIRE", false, false, 0, null));
        List<WorkbookContent.SwotEntry> swot = List.of(
                new WorkbookContent.SwotEntry("Atouts", 1, "Réseau dense", null, null, "Claire Martin", day,
                        "• Déployer le SIG (En cours, 40 %)\n• Former au RGPD (Fait, 100 %)", 70, null),
                new WorkbookContent.SwotEntry("Menaces", 1, "Budgets en baisse", null, null, null, null, null, null,
                        "Rapport OPSN Hauts-de-France, février 2021"));
        WorkbookContent content = new WorkbookContent(report.matrix(), report.priorities(), report.discrepancies(),
                report.needs(), report.facts(), report.source(), report.exportDate(), offers, List.of(), swot, actions);
        workbook = WorkbookReader.open(WorkbookReader.bytes(content));
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void synthesis_counts_the_offers_by_status_and_the_budget_validated() {
        XSSFSheet sheet = workbook.getSheet("Synthèse");
        assertThat(number(sheet, "Offres soumises à la Région (au total)")).isEqualTo(4);
        assertThat(number(sheet, "Validée")).isEqualTo(2);
        assertThat(number(sheet, "Refusée")).isEqualTo(1);
        assertThat(number(sheet, "Soumise")).isEqualTo(1);
        assertThat(number(sheet, "Budget des offres validées (€)")).isEqualTo(150000.50);
    }

    @Test
    void synthesis_counts_the_actions_the_late_ones_and_the_mean_progress() {
        XSSFSheet sheet = workbook.getSheet("Synthèse");
        assertThat(number(sheet, "Actions du plan")).isEqualTo(3);
        assertThat(number(sheet, "Fait")).isEqualTo(1);
        assertThat(number(sheet, "En cours")).isEqualTo(1);
        assertThat(number(sheet, "À faire")).isEqualTo(1);
        assertThat(number(sheet, "Actions en retard")).isEqualTo(1);
        Row progress = rowStartingWith(sheet, "Avancement moyen").orElseThrow();
        assertThat(progress.getCell(1).getNumericCellValue()).isEqualTo(140 / 3.0 / 100);
        assertThat(progress.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0%");
    }

    @Test
    void swot_lists_the_linked_actions_their_progress_and_who_changed_the_item() {
        XSSFSheet sheet = workbook.getSheet("AFOM");
        assertThat(texts(sheet.getRow(0))).containsExactly("Quadrant", "Rang", "Élément", "Précisions",
                "Éléments de preuve", "Actions liées", "Avancement moyen", "Modifié par", "Le");
        Row dense = sheet.getRow(1);
        assertThat(dense.getCell(5).getStringCellValue()).isEqualTo(
                "• Déployer le SIG (En cours, 40 %)\n• Former au RGPD (Fait, 100 %)");
        assertThat(dense.getCell(5).getCellStyle().getWrapText()).isTrue();
        assertThat(dense.getHeightInPoints()).as("two lines of Arial 10 (LibreOffice does not fit rows itself)")
                .isGreaterThanOrEqualTo(25f);
        assertThat(dense.getCell(6).getNumericCellValue()).isEqualTo(0.70);
        assertThat(dense.getCell(7).getStringCellValue()).isEqualTo("Claire Martin");
        Row fromReport = sheet.getRow(2);
        assertThat(fromReport.getCell(7) == null || fromReport.getCell(7).getCellType() == CellType.BLANK)
                .as("an item as the report wrote it names nobody, not the report").isTrue();
    }

    @Test
    void plan_links_are_one_per_line_and_wrapped() {
        XSSFSheet sheet = workbook.getSheet("Plan d’actions");
        Row sig = sheet.getRow(2);
        assertThat(sig.getCell(12).getStringCellValue()).isEqualTo("Offre conjointe : SIG (62)\nAFOM : Réseau dense");
        assertThat(sig.getCell(12).getCellStyle().getWrapText()).isTrue();
    }

    private static double number(XSSFSheet sheet, String label) {
        return rowStartingWith(sheet, label).orElseThrow(() -> new AssertionError(label)).getCell(1).getNumericCellValue();
    }

    private static WorkbookContent.Offer offer(String title, String status, String state, String budget) {
        return new WorkbookContent.Offer(title, status, "Adico", "", "", "60", budget == null ? null : new BigDecimal(budget),
                null, null, LocalDate.of(2027, 1, 10), null, null, null, state);
    }

    private static WorkbookContent.Action action(long id, String title, String status, String state, boolean done,
                                                 boolean overdue, int progress, String links) {
        return new WorkbookContent.Action(id, title, "Adico", "", LocalDate.of(2027, 2, 1), status, done, "Haute", null,
                null, null, progress, overdue, links, state);
    }
}
