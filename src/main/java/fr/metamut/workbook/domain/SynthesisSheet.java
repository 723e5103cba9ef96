package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first page the committee reads: what this is, when and from what, the headline figures of coverage, of
 * the joint offers and of the action plan, the survey, the colours.
 */
final class SynthesisSheet implements WorkbookSheet {

    /** Offer states in the order of the workflow, as the synthesis counts them. */
    static final List<String> OFFER_STATES = List.of("SOUMISE", "EN_INSTRUCTION", "VALIDEE", "REFUSEE",
            "MODIFICATIONS_DEMANDEES", "RETIREE");
    static final List<String> ACTION_STATES = List.of("A_FAIRE", "EN_COURS", "FAIT", "BLOQUE");

    private final WorkbookContent content;

    SynthesisSheet(WorkbookContent content) {
        this.content = content;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.synthesis.name");
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(46, 14, 14, 14, 14, 14, 14);
        out.row().label("wb.synthesis.title", Look.TITLE);
        out.row().label("wb.synthesis.subtitle", Look.SUBTITLE);
        out.skip(1);
        out.row().label("wb.synthesis.exportDate", Look.LABEL).date(content.exportDate());
        out.row().label("wb.synthesis.source", Look.LABEL).text(content.source(), Look.NOTE);
        out.row().label("wb.synthesis.method", Look.LABEL).label("wb.synthesis.method.text", Look.NOTE);
        out.row().at(1).label("wb.synthesis.method.discrepancies", Look.NOTE);
        out.skip(1);
        perDepartement(out, content.matrix());
        out.skip(1);
        region(out, content.matrix());
        out.skip(1);
        offers(out, content.offers());
        out.skip(1);
        actions(out, content.actions());
        out.skip(1);
        survey(out, content.facts());
        out.skip(1);
        Legend.write(out);
    }

    private static void perDepartement(SheetWriter out, CoverageMatrix matrix) {
        out.row().label("wb.synthesis.perDepartement", Look.SECTION);
        // no repeated header row: the sheet is several short tables, and this one's header atop a second page
        // would head the offers' or the survey's figures
        out.header(out.label("wb.synthesis.departement"), out.label("wb.synthesis.covered"),
                out.label("wb.synthesis.coveredPublished"), out.label("wb.synthesis.gaps"),
                out.label("wb.synthesis.doublons"), out.label("wb.synthesis.demandWithoutOffer"),
                out.label("wb.synthesis.score"));
        Map<String, Integer> covered = matrix.servicesCovered(false);
        Map<String, Integer> coveredSynthesis = matrix.servicesCovered(true);
        for (CoverageInput.Departement departement : matrix.departements()) {
            Figures figures = Figures.of(matrix.rows(), departement.code());
            out.row().text(departement.code() + " " + departement.name())
                    .integer(covered.getOrDefault(departement.code(), 0))
                    .integer(coveredSynthesis.getOrDefault(departement.code(), 0))
                    .integer(figures.gaps).integer(figures.doublons).integer(figures.demandWithoutOffer)
                    .number(figures.score, Look.DECIMAL);
        }
        out.row().label("wb.synthesis.region", Look.LABEL)
                .number(matrix.servicesCoveredInRegion(false), Look.INTEGER_BOLD)
                .number(matrix.servicesCoveredInRegion(true), Look.INTEGER_BOLD)
                .number(matrix.gapCount(), Look.INTEGER_BOLD).number(matrix.doublonCount(), Look.INTEGER_BOLD)
                .number(matrix.demandWithoutOfferCount(), Look.INTEGER_BOLD)
                .number(matrix.demandWeightedGapScore(), Look.DECIMAL);
        out.row().label("wb.synthesis.region.note", Look.NOTE);
        out.row().label("wb.synthesis.score.note", Look.NOTE);
    }

    private void region(SheetWriter out, CoverageMatrix matrix) {
        List<CoverageRow> absences = matrix.regionWideAbsences();
        out.row().label("wb.synthesis.regionView", Look.SECTION);
        out.row().label("wb.synthesis.catalogue", Look.LABEL).integer(matrix.rows().size());
        out.row().label("wb.synthesis.gapCells", Look.LABEL).integer(matrix.gapCount());
        out.row().label("wb.synthesis.doublonCells", Look.LABEL).integer(matrix.doublonCount());
        out.row().label("wb.synthesis.demandCells", Look.LABEL).integer(matrix.demandWithoutOfferCount());
        out.row().label("wb.synthesis.weightedScore", Look.LABEL).number(matrix.demandWeightedGapScore(), Look.DECIMAL);
        out.row().label("wb.synthesis.discrepancies", Look.LABEL).integer(content.discrepancies().size());
        out.row().label("wb.synthesis.regionWideAbsences", Look.LABEL).integer(absences.size());
        absences.forEach(row -> out.row().at(1).text(row.service().name(), Look.NOTE));
    }

    /** How many offers were submitted, where they stand, and the budget the Région validated. */
    private static void offers(SheetWriter out, List<WorkbookContent.Offer> offers) {
        out.row().label("wb.synthesis.offers", Look.SECTION);
        out.row().label("wb.synthesis.offers.submitted", Look.LABEL).integer(offers.size());
        byState(offers, OFFER_STATES, WorkbookContent.Offer::state, WorkbookContent.Offer::status)
                .forEach((label, count) -> out.row().at(0).text(label).integer(count));
        BigDecimal validated = offers.stream().filter(o -> "VALIDEE".equals(o.state()))
                .map(WorkbookContent.Offer::budget).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.row().label("wb.synthesis.offers.budgetValidated", Look.LABEL).number(validated, Look.THOUSANDS);
        out.row().label("wb.synthesis.offers.note", Look.NOTE);
    }

    /** How many actions, where they stand, how many are late, the mean progress. */
    private static void actions(SheetWriter out, List<WorkbookContent.Action> actions) {
        out.row().label("wb.synthesis.actions", Look.SECTION);
        out.row().label("wb.synthesis.actions.total", Look.LABEL).integer(actions.size());
        byState(actions, ACTION_STATES, WorkbookContent.Action::state, WorkbookContent.Action::status)
                .forEach((label, count) -> out.row().at(0).text(label).integer(count));
        out.row().label("wb.synthesis.actions.overdue", Look.LABEL)
                .number(actions.stream().filter(WorkbookContent.Action::overdue).count(), Look.INTEGER_BOLD);
        double mean = actions.stream().mapToInt(WorkbookContent.Action::progress).average().orElse(0);
        out.row().label("wb.synthesis.actions.progress", Look.LABEL).number(mean / 100, Look.PERCENT);
    }

    /** Counts per state, in the given order, labelled as the rows say (states no row has are left out). */
    private static <T> Map<String, Integer> byState(List<T> rows, List<String> order,
                                                    java.util.function.Function<T, String> state,
                                                    java.util.function.Function<T, String> label) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String wanted : order) {
            rows.stream().filter(r -> wanted.equals(state.apply(r))).forEach(r -> counts.merge(label.apply(r), 1,
                    Integer::sum));
        }
        return counts;
    }

    private static void survey(SheetWriter out, List<WorkbookContent.Fact> facts) {
        out.row().label("wb.synthesis.survey", Look.SECTION);
        for (WorkbookContent.Fact fact : facts) {
            SheetWriter.RowWriter row = out.row().text(fact.label(), Look.LABEL);
            if ("%".equals(fact.unit())) {
                row.percent(fact.value());
            } else if (fact.value() != null && fact.value().stripTrailingZeros().scale() > 0) {
                row.number(fact.value(), Look.DECIMAL);
            } else {
                row.number(fact.value(), Look.THOUSANDS);
            }
        }
    }

    /** Gaps, doublons and demand without offer in one département. */
    private record Figures(int gaps, int doublons, int demandWithoutOffer, BigDecimal score) {

        static Figures of(List<CoverageRow> rows, String departementCode) {
            int gaps = 0;
            int doublons = 0;
            int demanded = 0;
            BigDecimal score = BigDecimal.ZERO;
            for (CoverageRow row : rows) {
                CoverageCell cell = row.cell(departementCode);
                switch (cell.state()) {
                    case GAP -> gaps++;
                    case DOUBLON -> doublons++;
                    case SINGLE -> { }
                }
                if (cell.demandWithoutOffer()) {
                    demanded++;
                    score = score.add(cell.demand());
                }
            }
            return new Figures(gaps, doublons, demanded, score);
        }
    }
}
