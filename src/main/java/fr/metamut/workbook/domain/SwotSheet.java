package fr.metamut.workbook.domain;

import java.util.List;

/**
 * The SWOT (AFOM) board, quadrant by quadrant: each item's evidence, the actions of the plan that serve it with
 * their mean progress, and who changed it last (by display name; none for an item as the report wrote it).
 */
final class SwotSheet implements WorkbookSheet {

    private final List<WorkbookContent.SwotEntry> entries;

    SwotSheet(List<WorkbookContent.SwotEntry> entries) {
        this.entries = entries;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.swot.name");
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(12, 5, 32, 34, 24, 36, 12, 16, 11);
        int headerRow = out.nextRow();
        out.header(out.label("wb.swot.quadrant"), out.label("wb.swot.rank"), out.label("wb.swot.item"),
                out.label("wb.swot.description"), out.label("wb.swot.evidence"), out.label("wb.swot.actions"),
                out.label("wb.swot.progress"), out.label("wb.swot.changedBy"), out.label("wb.swot.changedOn"));
        for (WorkbookContent.SwotEntry e : entries) {
            SheetWriter.RowWriter row = out.row().text(e.quadrant()).number(e.position(), Look.COUNT).text(e.title())
                    .text(e.description()).text(e.evidence()).text(e.actions());
            row = e.progress() == null ? row.blank() : row.number(e.progress() / 100.0, Look.PERCENT);
            row.text(e.changedBy());
            if (e.changedOn() != null) {
                row.date(e.changedOn());
            }
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), 8, 1);
        out.skip(1);
        out.row().label("wb.swot.note", Look.NOTE);
        out.row().label("wb.swot.note.actions", Look.NOTE);
    }
}
