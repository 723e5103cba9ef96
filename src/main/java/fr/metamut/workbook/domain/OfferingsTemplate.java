package fr.metamut.workbook.domain;

import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The offerings template: a sheet "Offres" (operator, service and département codes, and the note) that
 * a director or an administrator edits and imports back, and read-only reference sheets listing the codes.
 */
public final class OfferingsTemplate {

    public static final String SHEET = "Offres";
    public static final List<String> HEADERS = List.of("Opérateur", "Service", "Département", "Note");
    /** The length of the column departement.code (a number such as 2 for 02 is read as its digits). */
    static final int DEPARTEMENT_CODE_MAX_LENGTH = 3;
    /** The most characters of each column: the fields they feed (codes, and the offering's note). */
    public static final List<Integer> MAX_CHARS = List.of(Operator.CODE_MAX_LENGTH, ServiceLine.CODE_MAX_LENGTH,
            DEPARTEMENT_CODE_MAX_LENGTH, Offering.NOTE_MAX_LENGTH);
    public static final String FILE_NAME = "metamut-offres.xlsx";
    private static final String PROTECTION = "metamut";

    /** One offering, by codes. */
    public record Line(String operator, String service, String departement, String note) {
    }

    /** One entry of a reference sheet. */
    public record Ref(String code, String name) {
    }

    public record Content(List<Line> lines, List<Ref> operators, List<Ref> services, List<Ref> departements) {
    }

    private OfferingsTemplate() {
    }

    /** Writes the template to {@code out}; the caller closes the stream. */
    public static void write(Content content, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(CopilWorkbook.WINDOW)) {
            workbook.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SheetWriter offers = new SheetWriter(workbook.createSheet(SHEET), styles);
            offers.widths(18, 18, 14, 60);
            offers.header(HEADERS);
            for (Line line : content.lines()) {
                offers.row().text(line.operator()).text(line.service()).text(line.departement()).text(line.note());
            }
            offers.dataTable(0, Math.max(0, offers.nextRow() - 1), HEADERS.size() - 1, 0);
            reference(workbook, styles, "Opérateurs", content.operators());
            reference(workbook, styles, "Services", content.services());
            reference(workbook, styles, "Départements", content.departements());
            workbook.write(out);
        }
    }

    private static void reference(SXSSFWorkbook workbook, WorkbookStyles styles, String name, List<Ref> refs) {
        Sheet sheet = workbook.createSheet(name);
        SheetWriter out = new SheetWriter(sheet, styles);
        out.widths(18, 60);
        out.header("Code", "Nom");
        refs.forEach(ref -> out.row().text(ref.code()).text(ref.name()));
        sheet.protectSheet(PROTECTION);
    }
}
