package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The first page the committee reads: what this is, when and from what, the headline figures, the colours. */
final class SynthesisSheet implements WorkbookSheet {

    static final String NAME = "Synthèse";
    static final String TITLE = "Méta-mutualisation des OPSN — classeur du comité de pilotage";
    static final String EXPORT_DATE = "Date d'export";
    static final String SOURCE = "Source";
    static final String REGION = "Région";
    static final String REGION_WIDE_ABSENCES = "Services absents de toute la région";
    private static final float TITLE_HEIGHT = 24;
    private static final float SUBTITLE_HEIGHT = 18;

    private final WorkbookContent content;

    SynthesisSheet(WorkbookContent content) {
        this.content = content;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(46, 16, 16, 16, 16, 16, 16);
        out.row(TITLE_HEIGHT).text(TITLE, Look.TITLE);
        out.row(SUBTITLE_HEIGHT).text("Couverture des services numériques proposés par les OPSN des Hauts-de-France",
                Look.SUBTITLE);
        out.skip(1);
        out.row().text(EXPORT_DATE, Look.LABEL).date(content.exportDate());
        out.row().text(SOURCE, Look.LABEL).text(content.source());
        out.row().text("Méthode", Look.LABEL).text("Couverture calculée à partir des offres de chaque OPSN, qui font foi.");
        out.row().at(1).text("Différences avec le tableau publié du rapport : feuille « Écarts au rapport ».");
        out.skip(1);
        perDepartement(out, content.matrix());
        out.skip(1);
        region(out, content.matrix());
        out.skip(1);
        survey(out, content.facts());
        out.skip(1);
        Legend.write(out);
    }

    private static void perDepartement(SheetWriter out, CoverageMatrix matrix) {
        out.row().text("Indicateurs par département", Look.SECTION);
        out.header("Département", "Services couverts", "dont lignes du tableau publié", "Absences", "Doublons",
                "Demande sans offre", "Score d'écart pondéré");
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
        out.row().text(REGION, Look.LABEL)
                .number(matrix.servicesCoveredInRegion(false), Look.INTEGER_BOLD)
                .number(matrix.servicesCoveredInRegion(true), Look.INTEGER_BOLD)
                .number(matrix.gapCount(), Look.INTEGER_BOLD).number(matrix.doublonCount(), Look.INTEGER_BOLD)
                .number(matrix.demandWithoutOfferCount(), Look.INTEGER_BOLD)
                .number(matrix.demandWeightedGapScore(), Look.DECIMAL);
        out.row().text("Région : services proposés dans au moins un département ; les autres colonnes additionnent"
                + " les départements.", Look.NOTE);
        out.row().text("Score d'écart pondéré : somme des % de répondants qui demandent un service là où aucun OPSN"
                + " ne le propose (points de %).", Look.NOTE);
    }

    private void region(SheetWriter out, CoverageMatrix matrix) {
        List<CoverageRow> absences = matrix.regionWideAbsences();
        out.row().text("Vue régionale", Look.SECTION);
        out.row().text("Services au catalogue", Look.LABEL).integer(matrix.rows().size());
        out.row().text("Absences (service × département)", Look.LABEL).integer(matrix.gapCount());
        out.row().text("Doublons (service × département)", Look.LABEL).integer(matrix.doublonCount());
        out.row().text("Demande sans offre (service × département)", Look.LABEL).integer(matrix.demandWithoutOfferCount());
        out.row().text("Score d'écart pondéré par la demande", Look.LABEL)
                .number(matrix.demandWeightedGapScore(), Look.DECIMAL);
        out.row().text("Écarts avec le tableau publié du rapport", Look.LABEL).integer(content.discrepancies().size());
        out.row().text(REGION_WIDE_ABSENCES, Look.LABEL).integer(absences.size());
        absences.forEach(row -> out.row().at(1).text(row.service().name()));
    }

    private static void survey(SheetWriter out, List<WorkbookContent.Fact> facts) {
        out.row().text("Enquête auprès des collectivités", Look.SECTION);
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
