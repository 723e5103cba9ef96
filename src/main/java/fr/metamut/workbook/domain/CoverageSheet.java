package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The coverage matrix as the report draws it and the app shows it: services grouped under a heading row per
 * family, the number of operators offering each per département and in the region, orange gaps, blue
 * doublons, a red border where the survey shows demand and nobody offers the service, a green underline where a
 * validated joint offer plans to cover the cell; the département codes of the demand and of the plans in the
 * last columns, for readers who do not see colours.
 */
final class CoverageSheet implements WorkbookSheet {

    private final CoverageMatrix matrix;
    private final Map<String, List<String>> planned;

    CoverageSheet(CoverageMatrix matrix, Map<String, List<String>> planned) {
        this.matrix = matrix;
        this.planned = planned;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.coverage.name");
    }

    @Override
    public void write(SheetWriter out) {
        List<CoverageInput.Departement> departements = matrix.departements();
        int regionColumn = departements.size() + 1;
        out.widths(44);
        out.sameWidth(1, departements.size() + 1, 8);
        // "02, 59, 60, 62, 80, Région" on one line; the plans list département codes only
        out.sameWidth(regionColumn + 1, 1, 26);
        out.sameWidth(regionColumn + 2, 1, 18);

        int headerRow = out.nextRow();
        List<String> titles = new ArrayList<>();
        titles.add(out.label("wb.coverage.service"));
        departements.forEach(d -> titles.add(d.code()));
        titles.addAll(List.of(out.label("wb.coverage.region"), out.label("wb.coverage.demandWithoutOffer"),
                out.label("wb.coverage.planned")));
        out.header(titles);

        String family = null;
        for (CoverageRow row : byFamily(matrix.rows())) {
            if (!Objects.equals(family, row.service().family())) {
                family = row.service().family();
                SheetWriter.RowWriter heading = out.row().text(family, Look.GROUP);
                for (int column = 1; column <= regionColumn + 2; column++) {
                    heading.text("", Look.GROUP);
                }
            }
            SheetWriter.RowWriter line = out.row().text(row.service().name());
            List<String> demanded = new ArrayList<>();
            List<String> plannedHere = new ArrayList<>();
            for (CoverageInput.Departement departement : departements) {
                CoverageCell cell = row.cell(departement.code());
                boolean plan = planned.containsKey(row.service().code() + "/" + departement.code());
                line.count(cell.count(), Look.of(cell), plan);
                if (cell.demandWithoutOffer()) {
                    demanded.add(departement.code());
                }
                if (plan) {
                    plannedHere.add(departement.code());
                }
            }
            line.number(row.region().count(), Look.ofRegion(row.region()));
            if (row.region().demandWithoutOffer()) {
                demanded.add(out.label("wb.coverage.region"));
            }
            line.text(demanded.isEmpty() ? null : String.join(", ", demanded))
                    .text(plannedHere.isEmpty() ? null : String.join(", ", plannedHere));
        }
        out.dataTable(headerRow, out.nextRow() - 1, regionColumn + 2, 1);

        out.skip(1);
        Map<String, Integer> covered = matrix.servicesCovered(false);
        SheetWriter.RowWriter totals = out.row().label("wb.coverage.covered", Look.LABEL);
        departements.forEach(d -> totals.number(covered.getOrDefault(d.code(), 0), Look.INTEGER_BOLD));
        totals.number(matrix.servicesCoveredInRegion(false), Look.INTEGER_BOLD);
        out.skip(1);
        Legend.write(out);
    }

    /** The rows grouped by family, families in the catalogue's order, services in the matrix's order within each. */
    static List<CoverageRow> byFamily(List<CoverageRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt((CoverageRow r) -> r.service().familyPosition())
                .thenComparing(r -> r.service().family(), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
    }
}
