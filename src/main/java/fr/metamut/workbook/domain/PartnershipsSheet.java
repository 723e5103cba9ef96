package fr.metamut.workbook.domain;

import java.util.List;

/** The registry of agreements between operators. */
final class PartnershipsSheet implements WorkbookSheet {

    private final List<WorkbookContent.Partnership> partnerships;

    PartnershipsSheet(List<WorkbookContent.Partnership> partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.partnerships.name");
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(28, 16, 10, 24, 22, 13, 11, 11, 36, 18);
        int headerRow = out.nextRow();
        out.header(out.label("wb.partnerships.partnership"), out.label("wb.partnerships.type"),
                out.label("wb.partnerships.status"), out.label("wb.partnerships.parties"),
                out.label("wb.partnerships.services"), out.label("wb.partnerships.departements"),
                out.label("wb.partnerships.start"), out.label("wb.partnerships.end"),
                out.label("wb.partnerships.description"), out.label("wb.partnerships.source"));
        for (WorkbookContent.Partnership p : partnerships) {
            SheetWriter.RowWriter row = out.row().text(p.name()).text(p.type()).text(p.status()).text(p.parties())
                    .text(p.services()).text(p.departements());
            row = p.start() == null ? row.blank() : row.date(p.start());
            row = p.end() == null ? row.blank() : row.date(p.end());
            row.text(p.description()).text(p.source() == null ? out.label("wb.partnerships.userEntry") : p.source());
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), 9, 1);
        out.skip(1);
        out.row().label("wb.partnerships.note", Look.NOTE);
    }
}
