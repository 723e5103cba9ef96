package fr.metamut.workbook.domain;

import java.util.List;

/** The registry of agreements between operators. */
final class PartnershipsSheet implements WorkbookSheet {

    static final String NAME = "Partenariats";

    private final List<WorkbookContent.Partnership> partnerships;

    PartnershipsSheet(List<WorkbookContent.Partnership> partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(30, 18, 11, 28, 24, 12, 10, 10, 40, 22);
        int headerRow = out.nextRow();
        out.header("Partenariat", "Type", "Statut", "Opérateurs", "Services", "Départements", "Début", "Fin",
                "Description", "Source");
        for (WorkbookContent.Partnership p : partnerships) {
            SheetWriter.RowWriter row = out.row().text(p.name()).text(p.type()).text(p.status()).text(p.parties())
                    .text(p.services()).text(p.departements());
            row = p.start() == null ? row.blank() : row.date(p.start());
            row = p.end() == null ? row.blank() : row.date(p.end());
            row.text(p.description()).text(p.source() == null ? "Saisie utilisateur" : p.source());
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), 9, 1);
        out.skip(1);
        out.row().text("Partenariats cités par le rapport de février 2021 et enregistrés depuis par les directeurs.",
                Look.NOTE);
    }
}
