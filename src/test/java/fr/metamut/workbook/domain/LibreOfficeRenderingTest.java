package fr.metamut.workbook.domain;

import fr.metamut.imports.domain.ActionPlanImportPreview;
import fr.metamut.imports.domain.ImportFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.metamut.support.ReportData;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in a real spreadsheet program: LibreOffice, headless, with a fresh profile. Tagged
 * "libreoffice": no browser, but a program outside the JVM that takes minutes (skipped when it is not installed).
 */
@Tag("libreoffice")
class LibreOfficeRenderingTest {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void libreoffice_prints_the_workbook_to_a_pdf() throws Exception {
        Path workbook = write(new ReportData().workbookContent(), "copil.xlsx");

        Path pdf = convert(workbook, "pdf");

        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /**
     * Prints a committee's workbook as a secretary would (LibreOffice to PDF), then reads the PDF page by page: every
     * sheet is there, on A4 landscape pages, each page headed by its sheet's name and, from the page where its table
     * starts, its table's header row (so no column went to a page of its own), with "Page n / N" and the export date in the footer; and every sheet's print
     * setup is at 60 % or more. Set {@code -Dmetamut.print.dir=DIR} to keep the PDF and its pages as PNG to look at.
     */
    @Test
    void every_sheet_prints_on_a4_landscape_readable_with_its_header_and_footer_on_every_page() throws Exception {
        WorkbookContent content = CommitteeSample.content();
        Path workbook = write(content, "copil-print.xlsx");
        Map<String, String[]> tables = new LinkedHashMap<>();
        try (XSSFWorkbook book = WorkbookReader.open(Files.readAllBytes(workbook))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                assertThat(sheet.getPrintSetup().getScale()).as(sheet.getSheetName()).isBetween((short) 60, (short) 100);
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isFalse();
                if (sheet.getRepeatingRows() != null) {
                    org.apache.poi.ss.usermodel.Row header = sheet.getRow(sheet.getRepeatingRows().getFirstRow());
                    tables.put(sheet.getSheetName(), new String[] {firstWord(header.getCell(0).getStringCellValue()),
                            firstWord(header.getCell(header.getLastCellNum() - 1).getStringCellValue())});
                }
            }
        }
        Path pdf = convert(workbook, "pdf");
        keep(pdf);
        assertThat(run("pdfinfo", pdf.toString())).as("A4 landscape").containsPattern("Page size: +841\\.\\d+ x 595\\.\\d+ pts \\(A4\\)");
        String[] pages = run("pdftotext", "-layout", pdf.toString(), "-").split("\f");
        Map<String, Integer> pagesPerSheet = new LinkedHashMap<>();
        java.util.Set<String> tableStarted = new java.util.HashSet<>();
        List<String> names = WorkbookReader.sheetNames(WorkbookReader.open(Files.readAllBytes(workbook)));
        for (int i = 0; i < pages.length; i++) {
            String page = pages[i];
            if (page.isBlank()) {
                continue;
            }
            String firstLine = page.strip().lines().findFirst().orElse("");
            String sheet = names.stream().filter(firstLine::startsWith).findFirst()
                    .orElseThrow(() -> new AssertionError("page without its sheet's name: " + firstLine));
            int n = pagesPerSheet.merge(sheet, 1, Integer::sum);
            assertThat(page).as(sheet + " page " + n).contains("Exporté le 28/11/2026").containsPattern("Page \\d+ / \\d+");
            String[] header = tables.get(sheet);
            if (header != null && tableStarted.contains(sheet)) {
                assertThat(page).as(sheet + " page " + n + ": repeated header with its first and last columns")
                        .contains(header[0]).contains(header[1]);
            } else if (header != null && page.contains(header[0]) && page.contains(header[1])) {
                // the header is repeated from the page where its table starts (a summary may come before it)
                tableStarted.add(sheet);
            }
        }
        assertThat(pagesPerSheet.keySet()).containsExactlyElementsOf(names);
        assertThat(tableStarted).as("sheets whose table was printed").containsExactlyInAnyOrderElementsOf(tables.keySet());
        assertThat(pagesPerSheet).as("pages per sheet").allSatisfy((sheet, count) -> assertThat(count).isLessThanOrEqualTo(10));
    }

    private static String firstWord(String title) {
        return title.split("[\\s(]")[0];
    }

    /** Keeps the PDF and one PNG per page (pdftoppm -r 60) where -Dmetamut.print.dir says, to look at them. */
    private static void keep(Path pdf) throws IOException, InterruptedException {
        String folder = System.getProperty("metamut.print.dir");
        if (folder == null) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(folder));
        Files.copy(pdf, dir.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        run("pdftoppm", "-r", "60", "-png", pdf.toString(), dir.resolve("page").toString());
    }

    /** Runs a program of poppler-utils, skipping the test when it is not installed. */
    private static String run(String... command) throws IOException, InterruptedException {
        assumeTrue(executable(command[0]) != null, command[0] + " (poppler-utils) is not installed");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void libreoffice_reads_crafted_labels_as_text_not_formulas() throws Exception {
        Path workbook = write(FormulaInjectionTest.craftedContent(), "crafted.xlsx");

        String sheet = Files.readString(convert(workbook, "fods"));

        assertThat(sheet).doesNotContain("table:formula=");
        assertThat(sheet).containsPattern("office:value-type=\"string\"[^>]*>\\s*<text:p>=1\\+1</text:p>");
        assertThat(sheet).contains("<text:p>+SUM(A1)</text:p>", "<text:p>＝1</text:p>", "<text:p>@x</text:p>");
    }

    @Test
    void a_workbook_saved_again_by_libreoffice_imports_back_the_same_action_rows_and_stamp() throws Exception {
        WorkbookContent report = new ReportData().workbookContent();
        java.time.Instant readAt = java.time.Instant.parse("2027-02-01T08:30:00Z");
        WorkbookContent content = new WorkbookContent(report.matrix(), report.priorities(), report.discrepancies(),
                report.needs(), report.facts(), report.source(), report.exportDate(), List.of(), List.of(), List.of(),
                List.of(new WorkbookContent.Action(12, "Raccorder les écoles", "Somme Numérique", "ADICO, Cap Oise",
                                java.time.LocalDate.of(2027, 6, 30), "En cours", false, "Haute", "Écoles raccordées",
                                new java.math.BigDecimal("40"), new java.math.BigDecimal("12.5"), 35, false, ""),
                        new WorkbookContent.Action(13, "=Former au RGPD", "ADICO", "", null, "À faire", false, "Basse",
                                null, null, null, 0, false, "")), readAt);
        Path exported = write(content, "plan.xlsx");
        Path resaved = Files.createDirectories(dir.resolve("resaved")).resolve("plan.xlsx");
        Files.move(convert(exported, "xlsx"), resaved);

        ImportFile.Table<ActionPlanImportPreview.Line> ours = read(exported);
        ImportFile.Table<ActionPlanImportPreview.Line> theirs = read(resaved);

        assertThat(theirs.properties()).containsEntry(ActionPlanImportPreview.EXPORTED_AT, readAt.toString());
        assertThat(theirs.rows()).hasSize(2).isEqualTo(ours.rows());
        assertThat(theirs.rows().get(1).title()).isEqualTo("=Former au RGPD");
    }

    private static ImportFile.Table<ActionPlanImportPreview.Line> read(Path file) throws IOException {
        return ImportFile.table(Files.readAllBytes(file), ImportFile.DEFAULT_MAX_BYTES, ActionPlanImportPreview.SHEET,
                ActionPlanImportPreview.HEADERS, true, ActionPlanImportPreview::line);
    }

    private Path write(WorkbookContent content, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            CopilWorkbook.write(content, out);
        }
        return file;
    }

    /** {@code soffice --headless --convert-to <format>}, bounded in time, with its own user profile. */
    private Path convert(Path workbook, String format) throws IOException, InterruptedException {
        String soffice = executable();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path profile = dir.resolve("profile");
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", format, "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        String name = workbook.getFileName().toString();
        return out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
    }

    private static String executable() {
        String found = executable("soffice");
        return found != null ? found : List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    private static String executable(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
