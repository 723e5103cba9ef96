package fr.metamut.copil.domain;

import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state that matters to the committee, frozen when a meeting is recorded: the coverage matrix (which
 * operators offer each service in each département), the joint offers submitted to the Région with their status
 * and budget, the actions with their status, deadline and progress, the partnerships and the SWOT items.
 * Plain values only (names as shown at the time, statuses as their enum names), so a baseline reads the same
 * whatever the other features become; {@link BaselineCodec} stores it. Two baselines compare with
 * {@link Comparison}.
 *
 * @param format   the version of this shape, stored with it ({@link #FORMAT} when written by this version)
 * @param frozenAt when it was taken
 * @param day      the day "late" was computed for (Paris time)
 */
public record Baseline(int format, Instant frozenAt, LocalDate day, Coverage coverage, List<Offer> offers,
                       List<Action> actions, List<Partnership> partnerships, List<SwotItem> swot) {

    /** The shape written by this version of the application. Raise it when a field changes meaning. */
    public static final int FORMAT = 1;

    public Baseline {
        offers = offers == null ? List.of() : List.copyOf(offers);
        actions = actions == null ? List.of() : List.copyOf(actions);
        partnerships = partnerships == null ? List.of() : List.copyOf(partnerships);
        swot = swot == null ? List.of() : List.copyOf(swot);
        coverage = coverage == null ? new Coverage(List.of(), List.of(), List.of()) : coverage;
    }

    /**
     * The matrix, compactly: the départements (columns), the operators' names once, and per service the indexes
     * (into {@code operators}) of who offers it in each département, in the order of {@code departements}.
     */
    public record Coverage(List<Departement> departements, List<String> operators, List<Service> services) {

        public Coverage {
            departements = List.copyOf(departements);
            operators = List.copyOf(operators);
            services = List.copyOf(services);
        }

        /** The matrix as computed from the offerings. */
        public static Coverage of(CoverageMatrix matrix) {
            List<Departement> columns = matrix.departements().stream().map(d -> new Departement(d.code(), d.name()))
                    .toList();
            Map<String, Integer> indexes = new LinkedHashMap<>();
            List<Service> services = new ArrayList<>();
            for (CoverageRow row : matrix.rows()) {
                List<List<Integer>> offeredBy = new ArrayList<>(columns.size());
                for (Departement departement : columns) {
                    offeredBy.add(row.cell(departement.code()).operators().stream()
                            .map(name -> indexes.computeIfAbsent(name, n -> indexes.size())).toList());
                }
                services.add(new Service(row.service().code(), row.service().name(), row.service().family(), offeredBy));
            }
            return new Coverage(columns, List.copyOf(indexes.keySet()), services);
        }
    }

    public record Departement(String code, String name) {
    }

    /** A service of the catalogue and, per département (same order as the columns), who offers it. */
    public record Service(String code, String name, String family, List<List<Integer>> offeredBy) {

        public Service {
            offeredBy = offeredBy.stream().map(List::copyOf).toList();
        }
    }

    /** A joint offer submitted to the Région. {@code status} is an {@code OfferStatus} name. */
    public record Offer(long id, String title, String status, String lead, @Nullable BigDecimal budget, @Nullable Instant submittedAt,
                        @Nullable Instant decidedAt, @Nullable String rationale) {

        public String statusKey() {
            return "offer.status." + status;
        }
    }

    /** An action of the plan. {@code status} is an {@code ActionStatus} name; {@code overdue} as of the baseline's day. */
    public record Action(long id, String title, String owner, String status, boolean done, @Nullable LocalDate due,
                         int progress, boolean overdue) {

        public String statusKey() {
            return "plan.status." + status;
        }
    }

    /** A partnership of the registry. {@code status} is a {@code PartnershipStatus} name. */
    public record Partnership(long id, String name, String status, String parties, @Nullable LocalDate start, @Nullable LocalDate end) {

        public String statusKey() {
            return "partnership.status." + status;
        }

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        public boolean ended() {
            return "TERMINEE".equals(status);
        }
    }

    /** A SWOT item. {@code quadrant} is a {@code Quadrant} name. */
    public record SwotItem(long id, String quadrant, int position, String title, @Nullable String description,
                           Instant changedAt) {

        public String quadrantKey() {
            return "swot.quadrant." + quadrant;
        }
    }
}
