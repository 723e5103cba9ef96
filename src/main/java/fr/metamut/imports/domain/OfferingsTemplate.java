package fr.metamut.imports.domain;

import fr.metamut.workbook.domain.CopilWorkbook;
import fr.metamut.workbook.domain.Labels;
import fr.metamut.workbook.domain.SheetWriter;
import fr.metamut.workbook.domain.WorkbookSheet;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The offerings template: a sheet "Offres" (operator, service and département codes, and the note) that
 * a director or an administrator edits and imports back, and read-only reference sheets listing the codes.
 */
public final class OfferingsTemplate {

    /** The template's texts: the import's bundle, in French (the template is read back by its French headers). */
    private static final Labels LABELS = Labels.bundle("workbookimport", Locale.FRENCH);
    public static final String SHEET = LABELS.text("import.template.sheet");
    public static final List<String> HEADERS = List.of(LABELS.text("import.template.operator"),
            LABELS.text("import.template.service"), LABELS.text("import.template.departement"),
            LABELS.text("import.template.note"));
    /** The length of the column departement.code (a number such as 2 for 02 is read as its digits). */
    static final int DEPARTEMENT_CODE_MAX_LENGTH = 3;
    /** The most characters of each column: the fields they feed (codes, and the offering's note). */
    public static final List<Integer> MAX_CHARS = List.of(Operator.CODE_MAX_LENGTH, ServiceLine.CODE_MAX_LENGTH,
            DEPARTEMENT_CODE_MAX_LENGTH, Offering.NOTE_MAX_LENGTH);
    public static final String FILE_NAME = "metamut-offres.xlsx";
    private static final String PROTECTION = "metamut";

    /** One offering, by codes. */
    public record Line(String operator, String service, String departement, @Nullable String note) {
    }

    /** One entry of a reference sheet. */
    public record Ref(String code, String name) {
    }

    public record Content(List<Line> lines, List<Ref> operators, List<Ref> services, List<Ref> departements,
                          LocalDate day) {
    }

    private OfferingsTemplate() {
    }

    /** Writes the template to {@code out}; the caller closes the stream. */
    public static void write(Content content, OutputStream out) throws IOException {
        WorkbookSheet offers = sheet(SHEET, writer -> {
            writer.widths(18, 18, 14, 60);
            writer.header(HEADERS);
            for (Line line : content.lines()) {
                writer.row().text(line.operator()).text(line.service()).text(line.departement()).text(line.note());
            }
            writer.dataTable(0, Math.max(0, writer.nextRow() - 1), HEADERS.size() - 1, 0);
        });
        CopilWorkbook.write(List.of(offers, reference(LABELS.text("import.template.operators"), content.operators()),
                reference(LABELS.text("import.template.services"), content.services()),
                reference(LABELS.text("import.template.departements"), content.departements())), content.day(), out);
    }

    private static WorkbookSheet reference(String name, List<Ref> refs) {
        return sheet(name, writer -> {
            writer.widths(18, 60);
            writer.header(LABELS.text("import.template.code"), LABELS.text("import.template.name"));
            refs.forEach(ref -> writer.row().text(ref.code()).text(ref.name()));
            writer.protect(PROTECTION);
        });
    }

    private static WorkbookSheet sheet(String name, Consumer<SheetWriter> body) {
        return new WorkbookSheet() {
            @Override
            public String name(Labels labels) {
                return name;
            }

            @Override
            public void write(SheetWriter out) {
                body.accept(out);
            }
        };
    }
}
