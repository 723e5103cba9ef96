package fr.metamut.imports.domain;

import fr.metamut.workbook.domain.CellText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading keeps what a cell's column needs and no more (issue 10: one 46 MB cell held whole, then copied): a
 * longer cell is an error of its row naming the column and its limit, whether the text is stored in the cell
 * (inline, as our export and POI's streaming writer do) or in the shared strings (as Excel and LibreOffice do);
 * parts read whole and the data held in all are bounded too.
 */
class BoundedImportTest {

    private static final String PLACEHOLDER = "@@TEXTE@@";

    /** An offerings sheet with one row whose note is the placeholder: inline strings, or shared ones. */
    private static byte[] offerings(boolean shared, Consumer<Workbook> more) {
        try (Workbook workbook = shared ? new XSSFWorkbook() : new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(OfferingsTemplate.SHEET);
            Row header = sheet.createRow(0);
            for (int i = 0; i < OfferingsTemplate.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(OfferingsTemplate.HEADERS.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("SOMME_NUM");
            row.createCell(1).setCellValue("ARCHIVAGE");
            row.createCell(2).setCellValue("80");
            row.createCell(3).setCellValue(PLACEHOLDER);
            more.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withNote(boolean shared, String note) {
        return GiantCell.replace(offerings(shared, w -> { }), PLACEHOLDER,
                out -> out.write(note.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "shared strings: {0}")
    @ValueSource(booleans = {false, true})
    void a_cell_longer_than_its_column_is_an_error_of_its_row_and_only_its_start_is_kept(boolean shared) {
        byte[] file = GiantCell.inflate(offerings(shared, w -> { }), PLACEHOLDER, 5_000_000);

        ImportRow row = ImportFile.read(file, ImportFile.DEFAULT_MAX_BYTES).getFirst();

        assertThat(row.error()).isEqualTo(ImportError.of("Note", "import.error.tooLong", OfferingsImportPreview.NOTE_MAX_LENGTH));
        assertThat(row.note()).hasSize(OfferingsImportPreview.NOTE_MAX_LENGTH + 1).endsWith("…");
        assertThat(row.operator()).isEqualTo("SOMME_NUM");
    }

    @ParameterizedTest(name = "shared strings: {0}")
    @ValueSource(booleans = {false, true})
    void a_cell_at_its_columns_limit_with_spaces_around_and_excel_escapes_reads_whole(boolean shared) {
        String lines = "x".repeat(240) + "_x000D_\n" + "y".repeat(240) + "_x000D_\n" + "z".repeat(16);

        ImportRow row = ImportFile.read(withNote(shared, "   " + lines + "   "), ImportFile.DEFAULT_MAX_BYTES).getFirst();

        assertThat(row.error()).isNull();
        assertThat(row.note()).hasSize(OfferingsImportPreview.NOTE_MAX_LENGTH)
                .isEqualTo("x".repeat(240) + "\r\n" + "y".repeat(240) + "\r\n" + "z".repeat(16));
    }

    @Test
    void a_literal_escape_written_by_the_export_reads_back_as_it_was() {
        String note = "Référence _x0041_ de l’ancien outil";

        ImportRow row = ImportFile.read(withNote(false, CellText.forCell(note)), ImportFile.DEFAULT_MAX_BYTES).getFirst();

        assertThat(row.note()).isEqualTo(note);
    }

    @Test
    void a_document_property_part_inflating_past_its_limit_is_refused() {
        byte[] file = GiantCell.inflate(offerings(true, w -> ((XSSFWorkbook) w).getProperties().getCustomProperties()
                .addProperty("Note", "@@PROPRIETE@@")), "@@PROPRIETE@@", 2 * ImportFile.MAX_WHOLE_PART_BYTES);

        assertThatThrownBy(() -> ImportFile.read(file, ImportFile.DEFAULT_MAX_BYTES))
                .isInstanceOfSatisfying(ImportRejection.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.zipBomb"));
    }

    @Test
    void shared_strings_holding_more_than_an_import_may_keep_are_refused_as_too_heavy() {
        // 12,000 distinct strings of 3,000 characters: each within what a note column keeps, 72 MB in all
        byte[] file = GiantCell.replace(offerings(true, w -> { }), PLACEHOLDER, out -> {
            out.write("court</t></si>".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 12_000; i++) {
                out.write(("<si><t>" + i + " ").getBytes(StandardCharsets.US_ASCII));
                GiantCell.write(out, 3_000, i);
                out.write("</t></si>".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("<si><t>fin".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(file.length).isLessThan((int) ImportFile.DEFAULT_MAX_BYTES);

        assertThatThrownBy(() -> ImportFile.read(file, ImportFile.DEFAULT_MAX_BYTES))
                .isInstanceOfSatisfying(ImportRejection.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("import.error.tooHeavy"));
    }

    @Test
    void computed_columns_are_not_read_and_cells_right_of_the_table_are_ignored() {
        List<ActionPlanImportPreview.Line> lines = ImportFile.read(actionSheet(), ImportFile.DEFAULT_MAX_BYTES,
                ActionPlanImportPreview.SHEET, ActionPlanImportPreview.HEADERS, true, ActionPlanImportPreview::line);
        List<ActionPlanImportPreview.Line> bounded = ImportFile.table(actionSheet(), ImportFile.DEFAULT_MAX_BYTES,
                ActionPlanImportPreview.SHEET, ActionPlanImportPreview.HEADERS, ActionPlanImportPreview.MAX_CHARS, true,
                ActionPlanImportPreview::line).rows();

        assertThat(lines).singleElement().satisfies(line -> assertThat(line.error()).isNull());
        assertThat(bounded).singleElement().satisfies(line -> {
            assertThat(line.error()).isNull();
            assertThat(line.title()).isEqualTo("Action");
        });
    }

    /** A plan sheet with one row whose computed "Liens" cell and a cell right of the table are long. */
    private static byte[] actionSheet() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(ActionPlanImportPreview.SHEET);
            Row header = sheet.createRow(0);
            for (int i = 0; i < ActionPlanImportPreview.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(ActionPlanImportPreview.HEADERS.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(7);
            row.createCell(1).setCellValue("Action");
            row.createCell(ActionPlanImportPreview.HEADERS.size() - 1).setCellValue("l".repeat(30_000));
            row.createCell(ActionPlanImportPreview.HEADERS.size() + 3).setCellValue("r".repeat(30_000));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
