package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The coverage matrix as the report draws it: one row per catalogue service, the number of operators
 * offering it per département and in the region, orange gaps, blue doublons, a red border where the
 * survey shows demand and nobody offers the service.
 */
final class CoverageSheet implements WorkbookSheet {

    static final String NAME = "Couverture";
    static final String SERVICE = "Service";
    static final String REGION = "Région";
    static final String FAMILY = "Famille";
    static final String DEMAND_WITHOUT_OFFER = "Demande sans offre";

    private final CoverageMatrix matrix;

    CoverageSheet(CoverageMatrix matrix) {
        this.matrix = matrix;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(SheetWriter out) {
        List<CoverageInput.Departement> departements = matrix.departements();
        int regionColumn = departements.size() + 1;
        out.widths(46);
        out.sameWidth(1, departements.size() + 1, 8);
        out.sameWidth(regionColumn + 1, 1, 34);
        out.sameWidth(regionColumn + 2, 1, 28);

        int headerRow = out.nextRow();
        List<String> titles = new ArrayList<>();
        titles.add(SERVICE);
        departements.forEach(d -> titles.add(d.code()));
        titles.addAll(List.of(REGION, FAMILY, DEMAND_WITHOUT_OFFER));
        out.header(titles);

        for (CoverageRow row : matrix.rows()) {
            SheetWriter.RowWriter line = out.row().text(row.service().name());
            List<String> demanded = new ArrayList<>();
            for (CoverageInput.Departement departement : departements) {
                CoverageCell cell = row.cell(departement.code());
                line.number(cell.count(), Look.of(cell));
                if (cell.demandWithoutOffer()) {
                    demanded.add(departement.code());
                }
            }
            line.number(row.region().count(), Look.ofRegion(row.region()));
            if (row.region().demandWithoutOffer()) {
                demanded.add(REGION);
            }
            line.text(row.service().family()).text(demanded.isEmpty() ? null : String.join(", ", demanded));
        }
        out.dataTable(headerRow, out.nextRow() - 1, regionColumn + 2, 1);

        out.skip(1);
        Map<String, Integer> covered = matrix.servicesCovered(false);
        SheetWriter.RowWriter totals = out.row().text("Services couverts", Look.LABEL);
        departements.forEach(d -> totals.number(covered.getOrDefault(d.code(), 0), Look.INTEGER_BOLD));
        totals.number(matrix.servicesCoveredInRegion(false), Look.INTEGER_BOLD);
        out.skip(1);
        Legend.write(out);
    }
}
