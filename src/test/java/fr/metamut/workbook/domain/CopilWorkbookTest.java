package fr.metamut.workbook.domain;

import static fr.metamut.workbook.domain.WorkbookReader.fill;
import static fr.metamut.workbook.domain.WorkbookReader.rgb;
import static fr.metamut.workbook.domain.WorkbookReader.rowStartingWith;
import static fr.metamut.workbook.domain.WorkbookReader.rowWith;
import static fr.metamut.workbook.domain.WorkbookReader.texts;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.domain.Sources;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.domain.matrix.Discrepancy;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import fr.metamut.support.ReportData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopilWorkbookTest {

    private static final List<String> DEPARTEMENTS = ReportData.DEPARTEMENTS;
    private static ReportData reference;
    private static WorkbookContent content;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void export() {
        reference = new ReportData();
        content = reference.workbookContent();
        workbook = WorkbookReader.open(WorkbookReader.bytes(content));
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void sheets_come_in_reading_order() {
        assertThat(WorkbookReader.sheetNames(workbook))
                .containsExactly("Synthèse", "Couverture", "Besoins", "Priorités", "Écarts au rapport", "Offres conjointes", "Partenariats", "AFOM", "Plan d’actions");
    }

    @Test
    void coverage_header_is_service_then_departements_then_region() {
        Row header = workbook.getSheet("Couverture").getRow(0);
        assertThat(texts(header).subList(0, 7)).containsExactly("Service", "02", "59", "60", "62", "80", "Région");
    }

    @Test
    void coverage_has_one_row_per_catalogue_service_with_the_matrix_counts() {
        XSSFSheet sheet = workbook.getSheet("Couverture");
        CoverageMatrix matrix = content.matrix();
        for (CoverageRow expected : matrix.rows()) {
            Row row = rowStartingWith(sheet, expected.service().name()).orElseThrow();
            for (int d = 0; d < DEPARTEMENTS.size(); d++) {
                Cell cell = row.getCell(d + 1);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(cell.getNumericCellValue()).as(expected.service().name() + " " + DEPARTEMENTS.get(d))
                        .isEqualTo(expected.cell(DEPARTEMENTS.get(d)).count());
            }
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(expected.region().count());
        }
        assertThat(rowStartingWith(sheet, "Marchés publics")).isPresent();
    }

    @Test
    void coverage_groups_services_under_a_heading_row_per_family() {
        XSSFSheet sheet = workbook.getSheet("Couverture");
        List<String> families = content.matrix().rows().stream().map(r -> r.service().family()).distinct().toList();
        assertThat(families).hasSizeGreaterThan(1);
        String family = null;
        for (int r = 1; r <= content.matrix().rows().size() + families.size(); r++) {
            Row row = sheet.getRow(r);
            String first = row.getCell(0).getStringCellValue();
            if (families.contains(first) && row.getCell(1).getCellType() == CellType.STRING) {
                family = first;
                assertThat(fill(row.getCell(0))).isEqualTo("EDEDED");
                continue;
            }
            String service = first;
            assertThat(content.matrix().rows().stream().filter(x -> x.service().name().equals(service)).findFirst()
                    .orElseThrow().service().family()).as(service).isEqualTo(family);
        }
    }

    @Test
    void a_cell_planned_by_a_validated_offer_is_underlined_in_green_and_listed() throws IOException {
        WorkbookContent planned = content.withPlanned(java.util.Map.of("ADS/62", List.of("Offre conjointe : ADS (62)")));
        try (XSSFWorkbook book = WorkbookReader.open(WorkbookReader.bytes(planned))) {
            Row ads = rowStartingWith(book.getSheet("Couverture"), reference.serviceName("ADS")).orElseThrow();
            XSSFCellStyle style = (XSSFCellStyle) ads.getCell(column("62")).getCellStyle();
            assertThat(style.getBorderBottom()).isEqualTo(BorderStyle.THICK);
            assertThat(rgb(style.getBottomBorderXSSFColor())).isEqualTo(Look.PLANNED);
            assertThat(fill(ads.getCell(column("62")))).as("still a gap").isEqualTo(Look.ORANGE);
            assertThat(ads.getCell(column("02")).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.NONE);
            assertThat(ads.getCell(8).getStringCellValue()).isEqualTo("62");
            assertThat(rowStartingWith(book.getSheet("Couverture"), "Légende")).isPresent();
            assertThat(texts(book.getSheet("Couverture").getRow(0)).get(8)).isEqualTo("Prévu (offre validée)");
        }
    }

    /**
     * Seen printed: the legend put its colour in the wide first column and its text in a département column, eight
     * characters wide, so each line wrapped word by word over a third of a page. The text goes in the wide column and
     * the colour beside it, in a département column, as the matrix shows it.
     */
    @Test
    void the_legend_explains_each_colour_in_the_wide_column_beside_a_swatch_of_it() {
        for (String name : List.of("Couverture", "Synthèse")) {
            XSSFSheet sheet = workbook.getSheet(name);
            Row gap = legendRow(sheet, "Absence : aucun OPSN");
            assertThat(gap.getCell(0).getCellStyle().getWrapText()).as(name).isTrue();
            assertThat(fill(gap.getCell(1))).as(name).isEqualTo(Look.ORANGE);
            assertThat(fill(legendRow(sheet, "Doublon : au moins").getCell(1))).isEqualTo(Look.BLUE);
            Cell demand = legendRow(sheet, "Demande sans offre :").getCell(1);
            assertThat(demand.getCellStyle().getBorderBottom()).as(name).isEqualTo(BorderStyle.THICK);
            Cell planned = legendRow(sheet, "Prévu : une offre").getCell(1);
            assertThat(rgb(((XSSFCellStyle) planned.getCellStyle()).getBottomBorderXSSFColor())).isEqualTo(Look.PLANNED);
            assertThat(gap.getHeightInPoints()).as(name + ": three lines at most").isLessThanOrEqualTo(45);
        }
    }

    /**
     * Seen printed: the changes' header, repeated atop the next page, headed the decisions' table below it, whose
     * columns differ; and a decision about an offer drafted from a gap read "Offre conjointe : Offre conjointe : …".
     */
    @Test
    void the_comparison_sheet_ends_with_its_changes_under_a_repeated_header_and_names_a_decisions_offer_once()
            throws IOException {
        try (XSSFWorkbook book = WorkbookReader.open(WorkbookReader.bytes(CommitteeSample.content()))) {
            XSSFSheet sheet = book.getSheet("Depuis le dernier COPIL");
            Row header = rowStartingWith(sheet, "Changement").orElseThrow();
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header.getRowNum());
            assertThat(sheet.getLastRowNum()).as("the changes are the sheet's last rows").isEqualTo(header.getRowNum() + 5);
            assertThat(rowStartingWith(sheet, "Décisions du COPIL précédent et leurs suites").orElseThrow().getRowNum())
                    .isLessThan(header.getRowNum());
            assertThat(sheet.getRowBreaks()).as("the changes, which would not end on the first page, start the next").containsExactly(header.getRowNum() - 2);
            Row followUp = rowWith(sheet, 1, "Valider le principe d’un SIG mutualisé porté par Somme Numérique").orElseThrow();
            assertThat(followUp.getCell(0).getStringCellValue())
                    .isEqualTo("Offre conjointe : Système d’information géographique mutualisé");
        }
    }

    /**
     * Seen printed: "Départem / ents" in the offers' header, "Deman / de" in the ranking's. A bold header word is a
     * little wider than as many digits, so each header word must be at least one character narrower than its column.
     */
    @Test
    void no_header_title_is_cut_inside_a_word() throws IOException {
        try (XSSFWorkbook book = WorkbookReader.open(WorkbookReader.bytes(CommitteeSample.content()))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                if (sheet.getRepeatingRows() == null) {
                    continue;
                }
                for (Cell title : sheet.getRow(sheet.getRepeatingRows().getFirstRow())) {
                    int width = sheet.getColumnWidth(title.getColumnIndex()) / 256;
                    for (String word : title.getStringCellValue().split("\\s+")) {
                        assertThat(word.length()).as(sheet.getSheetName() + ": " + word + " in a column " + width + " wide")
                                .isLessThan(width);
                    }
                }
            }
        }
    }

    private static Row legendRow(XSSFSheet sheet, String beginning) {
        return java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().startsWith(beginning))
                .findFirst().orElseThrow(() -> new AssertionError(sheet.getSheetName() + ": no row " + beginning));
    }

    @Test
    void known_cells_of_the_report_have_their_counts() {
        assertThat(counts("Marchés publics")).containsExactly(2.0, 2.0, 2.0, 2.0, 2.0);
        assertThat(counts(reference.serviceName("ADS"))).containsExactly(0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(coverageRow(reference.serviceName("ADS")).getCell(6).getNumericCellValue()).isZero();
        // Adico alone offers these in the Oise
        for (String adicoOnly : List.of("ARCHIVAGE", "DPD", "OPEN_DATA", "SVE")) {
            assertThat(coverageRow(reference.serviceName(adicoOnly)).getCell(3).getNumericCellValue())
                    .as(adicoOnly).isEqualTo(1.0);
        }
    }

    @Test
    void gaps_are_orange_doublons_blue_and_single_offers_plain() {
        Row ads = coverageRow(reference.serviceName("ADS"));
        DEPARTEMENTS.forEach(d -> assertThat(fill(ads.getCell(column(d)))).isEqualTo(Look.ORANGE));
        assertThat(fill(ads.getCell(6))).as("region-wide absence").isEqualTo(Look.ORANGE);

        Row marches = coverageRow("Marchés publics");
        DEPARTEMENTS.forEach(d -> assertThat(fill(marches.getCell(column(d)))).isEqualTo(Look.BLUE));
        assertThat(fill(marches.getCell(6))).as("several operators in the region is no doublon").isNull();

        assertThat(fill(coverageRow(reference.serviceName("ARCHIVAGE")).getCell(column("60")))).isNull();
    }

    @Test
    void demand_without_offer_has_a_red_border_and_is_listed() {
        Row hosting = coverageRow(reference.serviceName("HEBERGEMENT"));
        XSSFCellStyle marked = (XSSFCellStyle) hosting.getCell(column("02")).getCellStyle();
        assertThat(hosting.getCell(column("02")).getNumericCellValue()).isZero();
        assertThat(marked.getBorderTop()).isEqualTo(BorderStyle.THICK);
        assertThat(rgb(marked.getTopBorderXSSFColor())).isEqualTo(Look.RED);
        assertThat(fill(hosting.getCell(column("02")))).isEqualTo(Look.ORANGE);
        assertThat(hosting.getCell(7).getStringCellValue()).startsWith("02, 59, 60, 62");

        Row ads = coverageRow(reference.serviceName("ADS"));
        assertThat(ads.getCell(column("02")).getCellStyle().getBorderTop()).as("a gap nobody asks for").isEqualTo(BorderStyle.NONE);
        assertThat(ads.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void data_tables_have_a_bold_frozen_header_and_an_autofilter() {
        long families = content.matrix().rows().stream().map(r -> r.service().family()).distinct().count();
        assertDataTable(workbook.getSheet("Couverture"), "A1:I" + (content.matrix().rows().size() + families + 1), 1);
        assertDataTable(workbook.getSheet("Besoins"), "A1:O" + (content.needs().size() + 1), 2);
        assertDataTable(workbook.getSheet("Écarts au rapport"), "A1:I" + (content.discrepancies().size() + 1), 0);
    }

    @Test
    void export_date_is_a_real_date_in_french_format() {
        Cell date = rowStartingWith(workbook.getSheet("Synthèse"), "Date d’export").orElseThrow().getCell(1);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(date.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 28, 0, 0));
    }

    @Test
    void synthesis_names_its_source_and_the_headline_figures() {
        XSSFSheet sheet = workbook.getSheet("Synthèse");
        assertThat(rowStartingWith(sheet, "Source").orElseThrow().getCell(1).getStringCellValue())
                .isEqualTo(Sources.REPORT_2021).isEqualTo("Rapport OPSN Hauts-de-France, février 2021");
        CoverageMatrix matrix = content.matrix();
        Row region = rowStartingWith(sheet, "Région").orElseThrow();
        assertThat(region.getCell(3).getNumericCellValue()).isEqualTo(matrix.gapCount());
        assertThat(region.getCell(4).getNumericCellValue()).isEqualTo(matrix.doublonCount());
        assertThat(region.getCell(5).getNumericCellValue()).isEqualTo(matrix.demandWithoutOfferCount());
        assertThat(region.getCell(6).getNumericCellValue()).isEqualTo(matrix.demandWeightedGapScore().doubleValue());
        Row aisne = rowStartingWith(sheet, "02 Aisne").orElseThrow();
        assertThat(aisne.getCell(1).getNumericCellValue()).isEqualTo(matrix.servicesCovered(false).get("02").doubleValue());
        assertThat(rowStartingWith(sheet, "Services absents de toute la région").orElseThrow().getCell(1)
                .getNumericCellValue()).isEqualTo(matrix.regionWideAbsences().size()).isPositive();
        assertThat(rowStartingWith(sheet, "Écarts avec le tableau publié du rapport").orElseThrow().getCell(1)
                .getNumericCellValue()).isEqualTo(content.discrepancies().size());
        Cell answers = rowStartingWith(sheet, "Réponses complètes à l'enquête").orElseThrow().getCell(1);
        assertThat(answers.getNumericCellValue()).isEqualTo(488);
        Cell share = rowStartingWith(sheet, "Part des répondants utilisant au moins un OPSN").orElseThrow().getCell(1);
        assertThat(share.getNumericCellValue()).isEqualTo(0.72);
        assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0%");
        assertThat(rowStartingWith(sheet, "Légende")).isPresent();
    }

    @Test
    void needs_sheet_puts_percentages_beside_the_operators_offering_the_service() {
        XSSFSheet sheet = workbook.getSheet("Besoins");
        assertThat(texts(sheet.getRow(0)).subList(0, 9)).containsExactly("N°", "Besoin (enquête)",
                "Service du catalogue", "02 (%)", "59 (%)", "60 (%)", "62 (%)", "80 (%)", "Région (%)");
        Row archives = rowWith(sheet, 1, "Archivage électronique").orElseThrow();
        assertThat(archives.getCell(3).getNumericCellValue()).isEqualTo(0.17);
        assertThat(archives.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0%");
        assertThat(archives.getCell(8).getNumericCellValue()).isEqualTo(0.24);
        assertThat(texts(sheet.getRow(0)).get(9 + 2)).isEqualTo("OPSN 60");
        assertThat(archives.getCell(9 + 2).getNumericCellValue()).as("Adico in the Oise").isEqualTo(1);
        assertThat(archives.getCell(9 + 3).getNumericCellValue()).as("nobody in the Pas-de-Calais").isZero();
        assertThat(rowWith(sheet, 1, "Parapheur électronique").orElseThrow().getCell(2).getStringCellValue())
                .isEqualTo(reference.serviceName("DEMATERIALISATION"));
    }

    @Test
    void priorities_sheet_ranks_the_gaps_and_explains_the_score_under_its_own_repeated_header() {
        XSSFSheet sheet = workbook.getSheet("Priorités");
        assertThat(rowStartingWith(sheet, Labels.french().text("wb.needs.formula"))).isPresent();
        Row header = rowStartingWith(sheet, "Rang").orElseThrow();
        assertThat(texts(header)).containsExactly("Rang", "Service", "Département", "Demande", "OPSN", "Score", "Proposé par");
        for (int rank = 1; rank <= 3; rank++) {
            PriorityGap expected = content.priorities().get(rank - 1);
            Row row = sheet.getRow(header.getRowNum() + rank);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(rank);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.service().name());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(expected.departement().code());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(expected.demand().doubleValue() / 100);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.operatorCount());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(expected.score().doubleValue());
            assertThat(row.getCell(6).getCellType()).isEqualTo(expected.operators().isEmpty() ? CellType.BLANK : CellType.STRING);
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(header.getRowNum() + content.priorities().size());
        assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header.getRowNum());
        assertThat(workbook.getSheet("Besoins").getLastRowNum()).as("the needs table only").isEqualTo(content.needs().size());
    }

    @Test
    void discrepancies_sheet_lists_every_difference_with_what_it_counts() {
        XSSFSheet sheet = workbook.getSheet("Écarts au rapport");
        List<Discrepancy> discrepancies = content.discrepancies();
        assertThat(discrepancies).isNotEmpty();
        assertThat(texts(sheet.getRow(0))).containsExactly("Ligne", "Libellé du rapport", "Service", "Département",
                "Publié", "Calculé", "Écart", "Ce que compte le nombre", "OPSN nommés par les listes par opérateur");
        for (int i = 0; i < discrepancies.size(); i++) {
            Discrepancy expected = discrepancies.get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(expected.position());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(expected.serviceName());
            assertThat(row.getCell(3).getStringCellValue())
                    .isEqualTo(expected.departementCode() == null ? "Total" : expected.departementCode());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.published());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(expected.computed());
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(expected.difference());
            assertThat(row.getCell(7).getStringCellValue())
                    .isEqualTo(Labels.french().text(DiscrepanciesSheet.counted(expected.kind())));
        }
        Discrepancy withOperators = discrepancies.stream().filter(d -> !d.operators().isEmpty()).findFirst().orElseThrow();
        assertThat(sheet.getRow(discrepancies.indexOf(withOperators) + 1).getCell(8).getStringCellValue())
                .isEqualTo(String.join(", ", withOperators.operators()));
    }

    @Test
    void every_sheet_prints_a4_landscape_at_a_readable_scale_with_page_numbers_and_the_export_date() {
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isFalse();
            assertThat(sheet.getPrintSetup().getScale()).as(sheet.getSheetName()).isBetween((short) 60, (short) 100);
            assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P / &N");
            assertThat(sheet.getFooter().getLeft()).isEqualTo("Exporté le 28/11/2026");
            assertThat(sheet.getHeader().getLeft()).isEqualTo("&A");
        }
        assertThat(workbook.getSheet("Couverture").getColumnWidth(0)).isEqualTo(44 * 256);
        assertThat(workbook.getSheet("Couverture").getColumnWidth(1)).isEqualTo(8 * 256);
        assertThat(workbook.getSheet("Plan d’actions").getRepeatingRows().formatAsString()).isEqualTo("1:1");
        assertThat(workbook.getSheet("Synthèse").getRepeatingRows())
                .as("a summary of several short tables: a table's header atop the next pages would head other figures")
                .isNull();
    }

    @Test
    void data_texts_wrap_instead_of_being_cut() {
        Row firstOffer = workbook.getSheet("Couverture").getRow(2);
        assertThat(firstOffer.getCell(0).getCellStyle().getWrapText()).isTrue();
        assertThat(workbook.getFontAt(firstOffer.getCell(0).getCellStyle().getFontIndex()).getFontName())
                .as("Arial, which LibreOffice renders with the metric-equal Liberation Sans").isEqualTo("Arial");
    }

    @Test
    void no_cell_of_the_reference_workbook_is_a_formula() {
        assertThat(cells(workbook)).noneMatch(c -> c.getCellType() == CellType.FORMULA);
    }

    @Test
    void temporary_files_are_deleted_once_written(@TempDir Path temp) throws IOException {
        Path poiFiles = Files.createDirectories(temp.resolve("poifiles"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiFiles.toFile()));
        try {
            CopilWorkbook.write(content, OutputStream.nullOutputStream());
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        try (Stream<Path> left = Files.list(poiFiles)) {
            assertThat(left).isEmpty();
        }
    }

    static Stream<Cell> cells(XSSFWorkbook workbook) {
        Stream.Builder<Cell> cells = Stream.builder();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells.build();
    }

    private static void assertDataTable(XSSFSheet sheet, String autoFilter, int frozenColumns) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as(sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) frozenColumns);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(sheet.getSheetName()).isEqualTo(autoFilter);
        sheet.getRow(0).forEach(cell -> assertThat(((XSSFFont) workbook.getFontAt(cell.getCellStyle().getFontIndex())).getBold())
                .as(sheet.getSheetName() + " " + cell.getAddress()).isTrue());
    }

    private static Row coverageRow(String service) {
        return rowStartingWith(workbook.getSheet("Couverture"), service).orElseThrow(() -> new AssertionError(service));
    }

    private static List<Double> counts(String service) {
        Row row = coverageRow(service);
        return DEPARTEMENTS.stream().map(d -> row.getCell(column(d)).getNumericCellValue()).toList();
    }

    private static int column(String departement) {
        return DEPARTEMENTS.indexOf(departement) + 1;
    }
}
