package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The survey's unmet needs beside the operators who offer the mapped service (the priority ranking that follows
 * from them is {@link PrioritiesSheet}).
 */
final class NeedsSheet implements WorkbookSheet {

    private static final CoverageCell NOBODY = new CoverageCell(List.of(), null);

    private final CoverageMatrix matrix;
    private final List<WorkbookContent.Need> needs;

    NeedsSheet(CoverageMatrix matrix, List<WorkbookContent.Need> needs) {
        this.matrix = matrix;
        this.needs = needs;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.needs.name");
    }

    @Override
    public void write(SheetWriter out) {
        List<CoverageInput.Departement> departements = matrix.departements();
        int n = departements.size();
        out.widths(5, 32, 28);
        out.sameWidth(3, 2 * n + 1, 7);
        out.sameWidth(3 + 2 * n + 1, 1, 34);

        int headerRow = out.nextRow();
        List<String> titles = new ArrayList<>(List.of(out.label("wb.needs.number"), out.label("wb.needs.need"),
                out.label("wb.needs.service")));
        departements.forEach(d -> titles.add(out.label("wb.needs.percent", d.code())));
        titles.add(out.label("wb.needs.regionPercent"));
        departements.forEach(d -> titles.add(out.label("wb.needs.operators", d.code())));
        titles.add(out.label("wb.needs.mapping"));
        out.header(titles);

        for (WorkbookContent.Need need : needs) {
            SheetWriter.RowWriter line = out.row().number(need.position(), Look.COUNT).text(need.label())
                    .text(need.serviceName() == null ? out.label("wb.needs.noService") : need.serviceName());
            departements.forEach(d -> line.percent(need.percents().get(d.code())));
            line.percent(need.regionPercent());
            Optional<CoverageRow> row = need.serviceId() == null ? Optional.empty() : matrix.row(need.serviceId());
            for (CoverageInput.Departement departement : departements) {
                CoverageCell cell = row.map(r -> r.cell(departement.code())).orElse(NOBODY);
                line.number(cell.count(), Look.of(cell));
            }
            line.text(need.mappingNote(), Look.NOTE_WRAPPED);
        }
        out.dataTable(headerRow, out.nextRow() - 1, 3 + 2 * n + 1, 2);
    }
}
