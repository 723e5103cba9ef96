package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The survey's unmet needs beside the operators who offer the mapped service, then the priority ranking
 * (demand over coverage) with its formula. One sheet has one autofilter: it is on the needs table.
 */
final class NeedsSheet implements WorkbookSheet {

    static final String NAME = "Besoins";
    static final String PRIORITIES = "Priorités : forte demande, faible couverture";
    static final String FORMULA = "Score = % de répondants qui demandent le service dans le département"
            + " ÷ (1 + nombre d'OPSN qui l'y proposent).";
    static final String EXAMPLE = "Exemple : demandé par 30 % et proposé par personne, score 30 ; par un OPSN, 15 ;"
            + " par deux, 10. Classement par score, puis par demande.";
    private static final CoverageCell NOBODY = new CoverageCell(List.of(), null);

    private final CoverageMatrix matrix;
    private final List<WorkbookContent.Need> needs;
    private final List<PriorityGap> priorities;

    NeedsSheet(CoverageMatrix matrix, List<WorkbookContent.Need> needs, List<PriorityGap> priorities) {
        this.matrix = matrix;
        this.needs = needs;
        this.priorities = priorities;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(SheetWriter out) {
        List<CoverageInput.Departement> departements = matrix.departements();
        int n = departements.size();
        out.widths(6, 40, 34);
        out.sameWidth(3, 2 * n + 1, 8);
        out.sameWidth(3 + 2 * n + 1, 1, 50);

        int headerRow = out.nextRow();
        List<String> titles = new ArrayList<>(List.of("N°", "Besoin (enquête)", "Service du catalogue"));
        departements.forEach(d -> titles.add(d.code() + " (%)"));
        titles.add("Région (%)");
        departements.forEach(d -> titles.add("OPSN " + d.code()));
        titles.add("Rattachement");
        out.header(titles);

        for (WorkbookContent.Need need : needs) {
            SheetWriter.RowWriter line = out.row().number(need.position(), Look.COUNT).text(need.label())
                    .text(need.serviceName() == null ? "Aucun service au catalogue" : need.serviceName());
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

        out.skip(2);
        out.row().text(PRIORITIES, Look.SECTION);
        out.row().text(FORMULA, Look.NOTE);
        out.row().text(EXAMPLE, Look.NOTE);
        out.header("Rang", "Service", "Département", "Demande", "OPSN", "Score", "Proposé par");
        int rank = 0;
        for (PriorityGap gap : priorities) {
            out.row().number(++rank, Look.COUNT).text(gap.service().name()).text(gap.departement().code())
                    .percent(gap.demand())
                    .number(gap.operatorCount(), Look.of(new CoverageCell(gap.operators(), gap.demand())))
                    .number(gap.score(), Look.DECIMAL)
                    .text(gap.operators().isEmpty() ? null : String.join(", ", gap.operators()));
        }
    }
}
