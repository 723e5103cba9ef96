package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.Discrepancy;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
 * @param planned       the cells validated joint offers address ("planned"), by {@code SERVICE_CODE/DEPARTEMENT_CODE},
 *                      with the offers' titles
 * @param supplements   sheets other features add after the synthesis (the comparison with the last COPIL), data read
 */
public record WorkbookContent(CoverageMatrix matrix, List<PriorityGap> priorities, List<Discrepancy> discrepancies,
                              List<Need> needs, List<Fact> facts, String source, LocalDate exportDate,
                              List<Offer> offers, List<Partnership> partnerships, List<SwotEntry> swot,
                              List<Action> actions, @Nullable Instant readAt, Map<String, List<String>> planned,
                              List<WorkbookSheet> supplements) {

    public WorkbookContent {
        planned = planned == null ? Map.of() : Map.copyOf(planned);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
        priorities = List.copyOf(priorities);
        discrepancies = List.copyOf(discrepancies);
        needs = List.copyOf(needs);
        facts = List.copyOf(facts);
        offers = List.copyOf(offers);
        partnerships = List.copyOf(partnerships);
        swot = List.copyOf(swot);
        actions = List.copyOf(actions);
    }

    /** Content read from the database at {@code readAt}, nothing planned, no sheet from other features. */
    public WorkbookContent(CoverageMatrix matrix, List<PriorityGap> priorities, List<Discrepancy> discrepancies,
                           List<Need> needs, List<Fact> facts, String source, LocalDate exportDate, List<Offer> offers,
                           List<Partnership> partnerships, List<SwotEntry> swot, List<Action> actions, @Nullable Instant readAt) {
        this(matrix, priorities, discrepancies, needs, facts, source, exportDate, offers, partnerships, swot, actions,
                readAt, Map.of(), List.of());
    }

    /** The same content with the cells planned by validated joint offers. */
    public WorkbookContent withPlanned(Map<String, List<String>> cells) {
        return new WorkbookContent(matrix, priorities, discrepancies, needs, facts, source, exportDate, offers,
                partnerships, swot, actions, readAt, cells, supplements);
    }

    /** The same content with sheets from other features. */
    public WorkbookContent withSupplements(List<WorkbookSheet> sheets) {
        return new WorkbookContent(matrix, priorities, discrepancies, needs, facts, source, exportDate, offers,
                partnerships, swot, actions, readAt, planned, sheets);
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

    /**
     * An action of the plan: one row of the "Plan d'actions" sheet (labels in French); {@code id} its N°,
     * {@code state} its status as an enum name (for the synthesis's counts), {@code links} one line per link.
     */
    public record Action(long id, String title, String owner, String contributors, @Nullable LocalDate due, String status,
                         boolean done, String priority, @Nullable String indicator, @Nullable BigDecimal target, @Nullable BigDecimal current,
                         int progress, boolean overdue, @Nullable String links, @Nullable String state) {

        /** An action whose state is only known as done or not. */
        public Action(long id, String title, String owner, String contributors, LocalDate due, String status,
                      boolean done, String priority, String indicator, BigDecimal target, BigDecimal current,
                      int progress, boolean overdue, String links) {
            this(id, title, owner, contributors, due, status, done, priority, indicator, target, current, progress,
                    overdue, links, done ? "FAIT" : null);
        }
    }

    /** An agreement between operators: one row of the "Partenariats" sheet (labels already in French). */
    public record Partnership(String name, String type, String status, String parties, @Nullable String services,
                              @Nullable String departements, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable String description, @Nullable String source) {
    }

    /**
     * A SWOT item: one row of the "AFOM" sheet. {@code changedBy} is the display name of who last created or
     * changed it ({@code null} for an item read from the report, {@code source} then says which);
     * {@code actions} the plan's actions serving it, one line each; {@code progress} their mean progress (%).
     */
    public record SwotEntry(String quadrant, int position, String title, @Nullable String description, String evidence,
                            @Nullable String changedBy, @Nullable LocalDate changedOn, @Nullable String actions, @Nullable Integer progress, @Nullable String source) {

        /** An item without linked actions nor source. */
        public SwotEntry(String quadrant, int position, String title, String description, String evidence,
                         String changedBy, LocalDate changedOn) {
            this(quadrant, position, title, description, evidence, changedBy, changedOn, null, null, null);
        }
    }

    /**
     * A joint offer as the committee reads it: one row of the "Offres conjointes" sheet; {@code state} its status as
     * an enum name (for the synthesis's counts).
     */
    public record Offer(String title, String status, String lead, String partners, @Nullable String services,
                        @Nullable String departements, @Nullable BigDecimal budget, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable LocalDate submitted,
                        @Nullable LocalDate decided, @Nullable String rationale, @Nullable String coordinator, @Nullable String state) {

        /** An offer whose state is not known (counted as submitted only). */
        public Offer(String title, String status, String lead, String partners, String services,
                     String departements, BigDecimal budget, LocalDate start, LocalDate end, LocalDate submitted,
                     LocalDate decided, String rationale, String coordinator) {
            this(title, status, lead, partners, services, departements, budget, start, end, submitted, decided,
                    rationale, coordinator, null);
        }
    }

    /**
     * A line of the survey table "Besoins non couverts par les SMI par département".
     *
     * @param serviceId   the catalogue service it maps to, or null when no service fits (nobody offers it)
     * @param percents    % of respondents per département code
     * @param mappingNote why the line maps where it does, when that is not obvious
     */
    public record Need(int position, String label, @Nullable Long serviceId, @Nullable String serviceName,
                       Map<String, BigDecimal> percents, BigDecimal regionPercent, @Nullable String mappingNote) {

        public Need {
            percents = Map.copyOf(percents);
        }
    }

    /** A headline figure of the survey: 488 complete answers, 6.8/10, 72 %... {@code unit} is "%", "/10" or null. */
    public record Fact(String label, BigDecimal value, @Nullable String unit) {
    }
}
