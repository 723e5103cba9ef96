package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.Discrepancy;
import java.util.List;

/**
 * Where the report's published synthesis table differs from the matrix computed from its per-operator
 * lists, so the committee knows which number to trust and why.
 */
final class DiscrepanciesSheet implements WorkbookSheet {

    static final String NAME = "Écarts au rapport";
    static final String TOTAL = "Total";

    private final List<Discrepancy> discrepancies;

    DiscrepanciesSheet(List<Discrepancy> discrepancies) {
        this.discrepancies = discrepancies;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(6, 34, 34, 14, 9, 9, 9, 44, 30);
        int headerRow = out.nextRow();
        out.header("Ligne", "Libellé du rapport", "Service", "Département", "Publié", "Calculé", "Écart",
                "Ce que compte le nombre", "OPSN nommés par les listes par opérateur");
        for (Discrepancy d : discrepancies) {
            out.row().number(d.position(), Look.COUNT).text(d.reportLabel()).text(d.serviceName())
                    .text(d.departementCode() == null ? TOTAL : d.departementCode())
                    .integer(d.published()).integer(d.computed()).number(d.difference(), Look.SIGNED)
                    .text(counted(d.kind()))
                    .text(d.operators().isEmpty() ? null : String.join(", ", d.operators()));
        }
        out.dataTable(headerRow, out.nextRow() - 1, 8, 0);
        out.skip(1);
        if (discrepancies.isEmpty()) {
            out.row().text("Aucun écart : le tableau publié concorde avec les listes par opérateur.", Look.NOTE);
        }
        out.row().text("Les listes « services proposés par département et par OPSN » du rapport font foi :"
                + " la matrice est calculée à partir d'elles. Écart = calculé − publié.", Look.NOTE);
        out.row().text("Ligne : rang dans le tableau « Synthèse des services proposés par département » ;"
                + " Total : sa colonne Total.", Look.NOTE);
    }

    static String counted(Discrepancy.Kind kind) {
        return switch (kind) {
            case OPERATORS -> "OPSN proposant le service dans le département";
            case DEPARTEMENTS -> "Départements où le service est proposé (colonne Total)";
            case SERVICES -> "Services couverts (ligne « Nombre de métiers couverts »)";
        };
    }
}
