package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.Discrepancy;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the workbook shows, detached from the database. A sheet added later brings its own field.
 *
 * @param matrix        coverage computed from the per-operator offerings
 * @param priorities    the (service, département) pairs ranked by demand over coverage
 * @param discrepancies where the report's published table differs from the computed matrix
 * @param needs         the survey's unmet-needs lines, in the report's order
 * @param facts         the survey's headline figures
 * @param source        where the reference data comes from
 * @param exportDate    the day the workbook is produced
 * @param readAt        when its data was read (at the latest), stamped in the file so an import of it can tell
 *                      the changes made in the application since; null when not from the database
 */
public record WorkbookContent(CoverageMatrix matrix, List<PriorityGap> priorities, List<Discrepancy> discrepancies,
                              List<Need> needs, List<Fact> facts, String source, LocalDate exportDate,
                              List<Offer> offers, List<Partnership> partnerships, List<SwotEntry> swot,
                              List<Action> actions, Instant readAt) {

    public WorkbookContent {
        priorities = List.copyOf(priorities);
        discrepancies = List.copyOf(discrepancies);
        needs = List.copyOf(needs);
        facts = List.copyOf(facts);
        offers = List.copyOf(offers);
        partnerships = List.copyOf(partnerships);
        swot = List.copyOf(swot);
        actions = List.copyOf(actions);
    }

    /** Content not read from the database: no stamp. */
    public WorkbookContent(CoverageMatrix matrix, List<PriorityGap> priorities, List<Discrepancy> discrepancies,
                           List<Need> needs, List<Fact> facts, String source, LocalDate exportDate, List<Offer> offers,
                           List<Partnership> partnerships, List<SwotEntry> swot, List<Action> actions) {
        this(matrix, priorities, discrepancies, needs, facts, source, exportDate, offers, partnerships, swot, actions,
                null);
    }

    /** The coverage part only (no joint offers yet). */
    public WorkbookContent(CoverageMatrix matrix, List<PriorityGap> priorities, List<Discrepancy> discrepancies,
                           List<Need> needs, List<Fact> facts, String source, LocalDate exportDate) {
        this(matrix, priorities, discrepancies, needs, facts, source, exportDate, List.of(), List.of(), List.of(), List.of());
    }

    /** An action of the plan: one row of the "Plan d'actions" sheet (labels in French); {@code id} its N°. */
    public record Action(long id, String title, String owner, String contributors, LocalDate due, String status,
                         boolean done, String priority, String indicator, BigDecimal target, BigDecimal current,
                         int progress, boolean overdue, String links) {
    }

    /** An agreement between operators: one row of the "Partenariats" sheet (labels already in French). */
    public record Partnership(String name, String type, String status, String parties, String services,
                              String departements, LocalDate start, LocalDate end, String description, String source) {
    }

    /** A SWOT item: one row of the "AFOM" sheet. */
    public record SwotEntry(String quadrant, int position, String title, String description, String evidence,
                            String changedBy, LocalDate changedOn) {
    }

    /** A joint offer as the committee reads it: one row of the "Offres conjointes" sheet. */
    public record Offer(String title, String status, String lead, String partners, String services,
                        String departements, BigDecimal budget, LocalDate start, LocalDate end, LocalDate submitted,
                        LocalDate decided, String rationale, String coordinator) {
    }

    /**
     * A line of the survey table "Besoins non couverts par les SMI par département".
     *
     * @param serviceId   the catalogue service it maps to, or null when no service fits (nobody offers it)
     * @param percents    % of respondents per département code
     * @param mappingNote why the line maps where it does, when that is not obvious
     */
    public record Need(int position, String label, Long serviceId, String serviceName,
                       Map<String, BigDecimal> percents, BigDecimal regionPercent, String mappingNote) {

        public Need {
            percents = Map.copyOf(percents);
        }
    }

    /** A headline figure of the survey: 488 complete answers, 6.8/10, 72 %... {@code unit} is "%", "/10" or null. */
    public record Fact(String label, BigDecimal value, String unit) {
    }
}
