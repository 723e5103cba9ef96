package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.Discrepancy;
import java.util.List;

/**
 * Where the report's published synthesis table differs from the matrix computed from its per-operator
 * lists, so the committee knows which number to trust and why.
 */
final class DiscrepanciesSheet implements WorkbookSheet {


    private final List<Discrepancy> discrepancies;

    DiscrepanciesSheet(List<Discrepancy> discrepancies) {
        this.discrepancies = discrepancies;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.discrepancies.name");
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(6, 30, 30, 12, 8, 8, 8, 36, 30);
        int headerRow = out.nextRow();
        out.header(out.label("wb.discrepancies.line"), out.label("wb.discrepancies.reportLabel"),
                out.label("wb.discrepancies.service"), out.label("wb.discrepancies.departement"),
                out.label("wb.discrepancies.published"), out.label("wb.discrepancies.computed"),
                out.label("wb.discrepancies.difference"), out.label("wb.discrepancies.counted"),
                out.label("wb.discrepancies.operators"));
        for (Discrepancy d : discrepancies) {
            out.row().number(d.position(), Look.COUNT).text(d.reportLabel()).text(d.serviceName())
                    .text(d.departementCode() == null ? out.label("wb.discrepancies.total") : d.departementCode())
                    .integer(d.published()).integer(d.computed()).number(d.difference(), Look.SIGNED)
                    .label(counted(d.kind()), Look.TEXT)
                    .text(d.operators().isEmpty() ? null : String.join(", ", d.operators()));
        }
        out.dataTable(headerRow, out.nextRow() - 1, 8, 0);
        out.skip(1);
        if (discrepancies.isEmpty()) {
            out.row().label("wb.discrepancies.none", Look.NOTE);
        }
        out.row().label("wb.discrepancies.note.source", Look.NOTE);
        out.row().label("wb.discrepancies.note.line", Look.NOTE);
    }

    /** The key of what a published number counts. */
    static String counted(Discrepancy.Kind kind) {
        return switch (kind) {
            case OPERATORS -> "wb.discrepancies.counted.OPERATORS";
            case DEPARTEMENTS -> "wb.discrepancies.counted.DEPARTEMENTS";
            case SERVICES -> "wb.discrepancies.counted.SERVICES";
        };
    }
}
