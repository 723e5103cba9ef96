package fr.metamut.actionplan.domain;

import fr.metamut.catalog.domain.Operator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One action as the plan shows it: plain values, read inside the transaction, with its overdue flag
 * computed for the day it was read. What the pages, the filters, the KPIs and the export work on.
 */
public record ActionRow(long id, long version, String title, @Nullable String description, OperatorRef owner,
                        List<OperatorRef> contributors, @Nullable LocalDate dueDate, ActionStatus status,
                        ActionPriority priority, int progress, Indicator indicator, Links links, boolean generated,
                        Attribution attribution, boolean overdue) {

    /** An operator by id and name. */
    public record OperatorRef(long id, String name) {

        public static OperatorRef of(Operator operator) {
            return new OperatorRef(operator.getId(), operator.getName());
        }
    }

    /** What measures the action: a name, a target value and the value reached so far (each may be absent). */
    public record Indicator(@Nullable String name, @Nullable BigDecimal target, @Nullable BigDecimal current) {

        public boolean isEmpty() {
            return name == null && target == null && current == null;
        }
    }

    /** What the action serves: a joint offer, a SWOT item, a coverage gap (service and département codes). */
    public record Links(@Nullable Long offerId, @Nullable String offerTitle, @Nullable Long swotItemId, @Nullable String swotItemTitle, @Nullable String gapServiceCode,
                        @Nullable String gapServiceName, @Nullable String gapDepartementCode) {

        public boolean hasGap() {
            return gapServiceCode != null && gapDepartementCode != null;
        }
    }

    /** Who created the action and who changed it last, and when. */
    public record Attribution(String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

        /** The plain values of the entity's embedded attribution. */
        static Attribution of(fr.metamut.base.domain.Attribution stamp) {
            return new Attribution(stamp.getCreatedBy(), stamp.getCreatedAt(), stamp.getUpdatedBy(),
                    stamp.getUpdatedAt());
        }

        public String lastBy() {
            return updatedBy == null ? createdBy : updatedBy;
        }

        public Instant lastAt() {
            return updatedAt == null ? createdAt : updatedAt;
        }
    }

    /** Soonest due first (undated last), then the most urgent, then by title. */
    public static final Comparator<ActionRow> PLAN_ORDER = Comparator
            .comparing(ActionRow::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActionRow::priority)
            .thenComparing(ActionRow::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(ActionRow::id);

    public ActionRow {
        contributors = List.copyOf(contributors);
    }

    /**
     * Reads an action, inside the transaction that loaded it (or a revision of it from the history);
     * {@code serviceNames} by service code.
     */
    public static ActionRow of(PlanAction a, LocalDate today, Map<String, String> serviceNames) {
        List<OperatorRef> contributors = a.getContributors().stream().map(OperatorRef::of)
                .sorted(Comparator.comparing(OperatorRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Links links = new Links(a.getOffer() == null ? null : a.getOffer().getId(),
                a.getOffer() == null ? null : a.getOffer().getTitle(),
                a.getSwotItem() == null ? null : a.getSwotItem().getId(),
                a.getSwotItem() == null ? null : a.getSwotItem().getTitle(),
                a.getGapServiceCode(),
                a.getGapServiceCode() == null ? null : serviceNames.getOrDefault(a.getGapServiceCode(), a.getGapServiceCode()),
                a.getGapDepartementCode());
        // a past state read from the history carries no version (Envers does not audit it): 0
        return new ActionRow(a.getId(), a.getVersion() == null ? 0 : a.getVersion(), a.getTitle(), a.getDescription(), OperatorRef.of(a.getOwner()),
                contributors, a.getDueDate(), a.getStatus(), a.getPriority(), a.getProgress(),
                new Indicator(a.getIndicatorName(), a.getIndicatorTarget(), a.getIndicatorCurrent()), links,
                a.getOriginKey() != null, Attribution.of(a.getAttribution()), a.isOverdue(today));
    }

    /** The action's values as the service takes them, to change some and save. */
    public ActionContent toContent() {
        return new ActionContent(title, description, owner.id(), Set.copyOf(contributorIds()), dueDate, status,
                priority, progress, indicator.name(), indicator.target(), indicator.current(), links.offerId(),
                links.swotItemId(), links.gapServiceCode(), links.gapDepartementCode());
    }

    public boolean done() {
        return status.done();
    }

    public List<Long> contributorIds() {
        return contributors.stream().map(OperatorRef::id).toList();
    }

    public String contributorNames() {
        return String.join(", ", contributors.stream().map(OperatorRef::name).toList());
    }

    /** Whether the operator owns the action or contributes to it. */
    public boolean involves(long operatorId) {
        return owner.id() == operatorId || contributors.stream().anyMatch(c -> c.id() == operatorId);
    }
}
