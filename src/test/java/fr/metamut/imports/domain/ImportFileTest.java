package fr.metamut.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading and planning an import without a database. */
class ImportFileTest {

    private static final OfferingsImportPreview.Reference REFERENCE = new OfferingsImportPreview.Reference(
            Map.of("SOMME_NUM", 1L, "ADICO", 2L), Map.of("ARCHIVAGE", 10L, "RGPD", 11L),
            Map.of("02", 20L, "60", 21L, "80", 22L));

    private static byte[] sheet(Consumer<Sheet> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(OfferingsTemplate.SHEET);
            Row header = sheet.createRow(0);
            for (int i = 0; i < OfferingsTemplate.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(OfferingsTemplate.HEADERS.get(i));
            }
            rows.accept(sheet);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_formula_with_a_cached_text_gives_its_text_without_being_evaluated() {
        byte[] file = sheet(s -> {
            Row row = s.createRow(1);
            row.createCell(0).setCellFormula("\"SOMME\"&\"_NUM\"");
            row.getCell(0).setCellValue("SOMME_NUM");
            row.createCell(1).setCellValue("ARCHIVAGE");
            row.createCell(2).setCellValue(80);
        });

        List<ImportRow> rows = ImportFile.read(file, ImportFile.DEFAULT_MAX_BYTES);

        assertThat(rows).containsExactly(new ImportRow(2, "SOMME_NUM", "ARCHIVAGE", "80", null, null));
    }

    @Test
    void a_formula_with_a_cached_number_is_an_error_of_its_column() {
        byte[] file = sheet(s -> {
            Row row = s.createRow(1);
            row.createCell(0).setCellValue("SOMME_NUM");
            row.createCell(1).setCellValue("ARCHIVAGE");
            row.createCell(2).setCellFormula("40*2");
        });

        ImportRow row = ImportFile.read(file, ImportFile.DEFAULT_MAX_BYTES).getFirst();

        assertThat(row.error()).isEqualTo(ImportError.of("Département", "import.error.formula"));
    }

    @Test
    void blank_rows_are_skipped_and_codes_are_matched_whatever_their_case() {
        byte[] file = sheet(s -> {
            s.createRow(1).createCell(3).setCellValue("   ");
            Row row = s.createRow(3);
            row.createCell(0).setCellValue("somme_num");
            row.createCell(1).setCellValue("archivage");
            row.createCell(2).setCellValue(2);
            row.createCell(3).setCellValue("  Sur devis ");
        });

        OfferingsImportPreview plan = OfferingsImportPreview.of(ImportFile.read(file, ImportFile.DEFAULT_MAX_BYTES), REFERENCE, List.of(),
                OfferingsImportPreview.Scope.operator("SOMME_NUM"));

        assertThat(plan.rows()).singleElement().satisfies(item -> {
            assertThat(item.line()).isEqualTo(4);
            assertThat(item.status()).isEqualTo(OfferingsImportPreview.Status.NEW);
            assertThat(item.operator()).isEqualTo("SOMME_NUM");
            assertThat(item.departement()).isEqualTo("02");
            assertThat(item.note()).isEqualTo("Sur devis");
        });
    }

    @Test
    void a_director_sees_only_their_own_offerings_as_absent() {
        List<OfferingsImportPreview.Existing> existing = List.of(
                new OfferingsImportPreview.Existing(1, 0, "SOMME_NUM", "ARCHIVAGE", "80", "a"),
                new OfferingsImportPreview.Existing(2, 0, "SOMME_NUM", "RGPD", "80", null),
                new OfferingsImportPreview.Existing(3, 0, "ADICO", "RGPD", "60", null));
        List<ImportRow> rows = List.of(new ImportRow(2, "SOMME_NUM", "ARCHIVAGE", "80", "a", null));

        OfferingsImportPreview plan = OfferingsImportPreview.of(rows, REFERENCE, existing, OfferingsImportPreview.Scope.operator("SOMME_NUM"));

        assertThat(plan.rows()).extracting(OfferingsImportPreview.Item::status).containsExactly(OfferingsImportPreview.Status.UNCHANGED);
        assertThat(plan.absent()).extracting(item -> item.existing().id()).containsExactly(2L);
        assertThat(OfferingsImportPreview.of(rows, REFERENCE, existing, OfferingsImportPreview.Scope.everything()).absent()).hasSize(2);
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_refused_as_not_xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("bonjour".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> ImportFile.read(out.toByteArray(), ImportFile.DEFAULT_MAX_BYTES))
                .isInstanceOf(ImportRejection.class)
                .satisfies(e -> assertThat(((ImportRejection) e).getMessageKey()).isEqualTo("import.error.notXlsx"));
    }

    @Test
    void a_plan_exported_before_the_typographic_apostrophe_is_still_found() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row header = workbook.createSheet("Plan d'actions").createRow(0);
            for (int i = 0; i < ActionPlanImportPreview.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(ActionPlanImportPreview.HEADERS.get(i));
            }
            workbook.getSheet("Plan d'actions").createRow(1).createCell(0).setCellValue(12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }

        assertThat(ActionPlanImportPreview.SHEET).isEqualTo("Plan d’actions");
        assertThat(ImportFile.table(file, ImportFile.DEFAULT_MAX_BYTES, ActionPlanImportPreview.SHEET,
                ActionPlanImportPreview.HEADERS, true, ActionPlanImportPreview::line).rows()).hasSize(1);
    }

    @Test
    void the_streamed_sheet_is_found_whatever_its_case_and_reads_shared_inline_and_sparse_cells() {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("pas ici");
            Sheet sheet = workbook.createSheet(OfferingsTemplate.SHEET.toUpperCase(java.util.Locale.ROOT));
            Row header = sheet.createRow(0);
            for (int i = 0; i < OfferingsTemplate.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(OfferingsTemplate.HEADERS.get(i));
            }
            Row row = sheet.createRow(7);
            row.createCell(0).setCellValue("ADICO");
            row.createCell(1).setCellValue("RGPD");
            row.createCell(2).setCellValue(60);
            row.createCell(3).setCellValue(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        assertThat(ImportFile.read(file, ImportFile.DEFAULT_MAX_BYTES))
                .containsExactly(new ImportRow(8, "ADICO", "RGPD", "60", "true", null));
    }

    @Test
    void a_sheet_without_its_header_row_or_with_too_many_rows_is_refused() {
        byte[] noHeader = sheet(s -> s.removeRow(s.getRow(0)));
        assertThatThrownBy(() -> ImportFile.read(noHeader, ImportFile.DEFAULT_MAX_BYTES))
                .isInstanceOfSatisfying(ImportRejection.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.header"));

        byte[] tooLong = sheet(s -> s.createRow(ImportFile.MAX_ROWS + 1).createCell(0).setCellValue("ADICO"));
        assertThatThrownBy(() -> ImportFile.read(tooLong, ImportFile.DEFAULT_MAX_BYTES))
                .isInstanceOfSatisfying(ImportRejection.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.tooManyRows"));
    }
}
