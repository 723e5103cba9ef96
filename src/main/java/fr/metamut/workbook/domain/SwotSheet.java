package fr.metamut.workbook.domain;

import java.util.List;

/** The SWOT (AFOM) board, quadrant by quadrant, with each item's evidence and last change. */
final class SwotSheet implements WorkbookSheet {

    static final String NAME = "AFOM";

    private final List<WorkbookContent.SwotEntry> entries;

    SwotSheet(List<WorkbookContent.SwotEntry> entries) {
        this.entries = entries;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(16, 6, 50, 40, 36, 16, 12);
        int headerRow = out.nextRow();
        out.header("Quadrant", "Rang", "Élément", "Précisions", "Éléments de preuve", "Modifié par", "Le");
        for (WorkbookContent.SwotEntry e : entries) {
            SheetWriter.RowWriter row = out.row().text(e.quadrant()).number(e.position(), Look.COUNT).text(e.title())
                    .text(e.description()).text(e.evidence()).text(e.changedBy());
            if (e.changedOn() == null) {
                row.blank();
            } else {
                row.date(e.changedOn());
            }
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), 6, 1);
        out.skip(1);
        out.row().text("Atouts / Forces, Faiblesses, Opportunités, Menaces : synthèse du rapport, tenue à jour par"
                + " les directeurs et la Région.", Look.NOTE);
    }
}
