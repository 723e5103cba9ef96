package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The steering committee's workbook: which sheets, in which order, written with POI's streaming writer
 * so memory stays flat whatever the number of rows (only {@link #WINDOW} rows per sheet are in memory;
 * the rest go to compressed temporary files, deleted when the workbook is closed).
 */
public final class CopilWorkbook {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    public static final int WINDOW = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /**
     * The custom document property in which the export records when its data was read: the action-plan import
     * tells the application's later changes from the file's edits by it.
     */
    public static final String EXPORTED_AT = "MetamutExportedAt";

    private CopilWorkbook() {
    }

    /** The sheets, in tab order: the synthesis, what other features add (the comparison with the last COPIL), the rest. */
    public static List<WorkbookSheet> sheets(WorkbookContent content) {
        List<WorkbookSheet> sheets = new ArrayList<>();
        sheets.add(new SynthesisSheet(content));
        sheets.addAll(content.supplements());
        sheets.addAll(List.of(
                new CoverageSheet(content.matrix(), content.planned()),
                new NeedsSheet(content.matrix(), content.needs()),
                new PrioritiesSheet(content.priorities()),
                new DiscrepanciesSheet(content.discrepancies()),
                new OffersSheet(content.offers()),
                new PartnershipsSheet(content.partnerships()),
                new SwotSheet(content.swot()),
                new ActionsSheet(content.actions(), content.exportDate())));
        return sheets;
    }

    /**
     * Writes an empty workbook nowhere. The first workbook a JVM writes pays seconds of one-time start-up
     * (POI's classes and OOXML schemas); a warm-up moves that cost off the first user's download.
     */
    public static void warmUp() throws IOException {
        warmUp(OutputStream.nullOutputStream());
    }

    /** Writes the warm-up's empty workbook (every sheet, no data row) to {@code out}. */
    public static void warmUp(OutputStream out) throws IOException {
        WorkbookContent empty = new WorkbookContent(new CoverageMatrix(List.of(), List.of()), List.of(), List.of(),
                List.of(), List.of(), "", LocalDate.of(2021, 2, 1));
        write(empty, out);
    }

    /** Writes the workbook to {@code out} (in French, see {@link Labels#french}); the caller closes the stream. */
    public static void write(WorkbookContent content, OutputStream out) throws IOException {
        write(sheets(content), content.exportDate(), content.readAt(), out);
    }

    /** Writes the given sheets (a template, say), dated {@code day}. */
    public static void write(List<WorkbookSheet> sheets, LocalDate day, OutputStream out) throws IOException {
        write(sheets, day, null, out);
    }

    private static void write(List<WorkbookSheet> sheets, LocalDate exportDate, @Nullable Instant readAt, OutputStream out)
            throws IOException {
        Labels labels = Labels.french();
        String date = DATE.format(exportDate);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            if (readAt != null) {
                // a custom document property: invisible in the sheets, kept by Excel and LibreOffice on save
                workbook.getXSSFWorkbook().getProperties().getCustomProperties()
                        .addProperty(EXPORTED_AT, readAt.toString());
            }
            WorkbookStyles styles = new WorkbookStyles(workbook);
            for (WorkbookSheet definition : sheets) {
                Sheet sheet = workbook.createSheet(definition.name(labels));
                SheetWriter writer = new SheetWriter(sheet, styles, labels);
                definition.write(writer);
                writer.finishPrint(date);
            }
            workbook.write(out);
        }
    }
}
