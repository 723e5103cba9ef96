package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import java.util.List;

/**
 * The priority ranking (demand over coverage) with its formula: a sheet of its own, so that its header, not the
 * needs table's, is repeated atop each printed page, and its columns are as wide as its own texts.
 */
final class PrioritiesSheet implements WorkbookSheet {

    private final List<PriorityGap> priorities;

    PrioritiesSheet(List<PriorityGap> priorities) {
        this.priorities = priorities;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.priorities.name");
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(6, 40, 12, 10, 8, 8, 40);
        out.row().label("wb.needs.priorities", Look.SECTION);
        out.row().label("wb.needs.formula", Look.NOTE);
        out.row().label("wb.needs.example", Look.NOTE);
        out.skip(1);
        int headerRow = out.nextRow();
        out.header(out.label("wb.needs.rank"), out.label("wb.needs.rankService"), out.label("wb.needs.departement"),
                out.label("wb.needs.demand"), out.label("wb.needs.operatorCount"), out.label("wb.needs.score"),
                out.label("wb.needs.offeredBy"));
        int rank = 0;
        for (PriorityGap gap : priorities) {
            out.row().number(++rank, Look.COUNT).text(gap.service().name()).text(gap.departement().code())
                    .percent(gap.demand())
                    .number(gap.operatorCount(), Look.of(new CoverageCell(gap.operators(), gap.demand())))
                    .number(gap.score(), Look.DECIMAL)
                    .text(gap.operators().isEmpty() ? null : String.join(", ", gap.operators()));
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), 6, 2);
    }
}
