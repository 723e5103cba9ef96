package fr.metamut.actionplan.domain;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.Attribution;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.swot.domain.SwotItem;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * One action of the plan, owned by an operator, with contributing operators. Its values change only
 * through {@link #apply} (everything, after {@link ActionRules}) or {@link #reportProgress} (what a
 * contributor reports); both stamp who changed it and when. A done action is at 100 %. Audited by
 * Envers, so its history keeps every change with who made it.
 */
@Entity
@Table(name = "plan_action")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class PlanAction extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 4000;
    public static final int INDICATOR_NAME_MAX_LENGTH = 200;
    public static final int ORIGIN_KEY_MAX_LENGTH = 240;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "owner_operator_id", nullable = false)
    private Operator owner;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "plan_action_contributor", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "operator_id"))
    private Set<Operator> contributors = new LinkedHashSet<>();

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionStatus status = ActionStatus.A_FAIRE;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 10)
    private ActionPriority priority = ActionPriority.MOYENNE;

    @Column(name = "progress", nullable = false)
    private int progress;

    @Column(name = "indicator_name", length = INDICATOR_NAME_MAX_LENGTH)
    private @Nullable String indicatorName;

    @Column(name = "indicator_target", precision = 14, scale = 2)
    private @Nullable BigDecimal indicatorTarget;

    @Column(name = "indicator_current", precision = 14, scale = 2)
    private @Nullable BigDecimal indicatorCurrent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id")
    private @Nullable JointOffer offer;

    /** For an action generated from a joint offer: which milestone (or the whole offer) it stands for. */
    @Column(name = "origin_key", length = ORIGIN_KEY_MAX_LENGTH)
    private @Nullable String originKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "swot_item_id")
    private @Nullable SwotItem swotItem;

    @Column(name = "gap_service_code", length = 40)
    private @Nullable String gapServiceCode;

    @Column(name = "gap_departement_code", length = 3)
    private @Nullable String gapDepartementCode;

    /** Every action has a creator (no action comes from the report), hence the not-null creation columns. */
    @Embedded
    @AttributeOverride(name = "createdBy", column = @Column(name = "created_by", nullable = false,
            length = Attribution.USERNAME_MAX_LENGTH))
    @AttributeOverride(name = "createdAt", column = @Column(name = "created_at", nullable = false))
    private Attribution attribution;

    protected PlanAction() {
    }

    public PlanAction(Operator owner, String title, String createdBy, Instant createdAt) {
        this.owner = owner;
        this.title = title;
        this.attribution = Attribution.createdBy(createdBy, createdAt);
    }

    /** The action standing for one step of a validated joint offer: owned by its lead, its partners contributing. */
    public static PlanAction generated(JointOffer offer, OfferActions.Planned planned, String actor, Instant at) {
        PlanAction action = new PlanAction(offer.getLead(), planned.title(), actor, at);
        action.dueDate = planned.dueDate();
        action.offer = offer;
        action.originKey = planned.originKey();
        offer.getPartners().stream().filter(p -> !p.equals(offer.getLead())).forEach(action.contributors::add);
        return action;
    }

    /**
     * Sets every value; the content has passed {@link ActionRules}, related entities are resolved by the
     * caller. Relinking to another offer makes the action the user's own: it no longer stands for a
     * generated step.
     */
    public void apply(ActionContent content, Operator newOwner, Collection<Operator> newContributors, @Nullable JointOffer newOffer,
                      @Nullable SwotItem newSwotItem, String actor, Instant at) {
        title = content.title().strip();
        description = blankToNull(content.description());
        owner = newOwner;
        contributors.clear();
        newContributors.stream().filter(c -> !c.equals(newOwner)).forEach(contributors::add);
        dueDate = content.dueDate();
        priority = content.priority();
        indicatorName = blankToNull(content.indicatorName());
        indicatorTarget = content.indicatorTarget();
        if (offer != null && (newOffer == null || !offer.getId().equals(newOffer.getId()))) {
            originKey = null;
        }
        offer = newOffer;
        swotItem = newSwotItem;
        gapServiceCode = blankToNull(content.gapServiceCode());
        gapDepartementCode = blankToNull(content.gapDepartementCode());
        reportProgress(content.status(), content.progress(), content.indicatorCurrent(), actor, at);
    }

    /** What contributors may change: status, progress and the indicator's current value. */
    public void reportProgress(ActionStatus newStatus, int newProgress, @Nullable BigDecimal newIndicatorCurrent, String actor,
                               Instant at) {
        status = newStatus;
        progress = newStatus.done() ? 100 : newProgress;
        indicatorCurrent = newIndicatorCurrent;
        attribution = attribution.changedBy(actor, at);
    }

    public boolean isOverdue(LocalDate today) {
        return Deadlines.isOverdue(dueDate, status, today);
    }

    /** Whether the operator owns the action or contributes to it. */
    public boolean involves(Long operatorId) {
        return owner.getId().equals(operatorId) || contributors.stream().anyMatch(c -> c.getId().equals(operatorId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public Operator getOwner() {
        return owner;
    }

    public Set<Operator> getContributors() {
        return Set.copyOf(contributors);
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public ActionPriority getPriority() {
        return priority;
    }

    public int getProgress() {
        return progress;
    }

    public @Nullable String getIndicatorName() {
        return indicatorName;
    }

    public @Nullable BigDecimal getIndicatorTarget() {
        return indicatorTarget;
    }

    public @Nullable BigDecimal getIndicatorCurrent() {
        return indicatorCurrent;
    }

    public @Nullable JointOffer getOffer() {
        return offer;
    }

    public @Nullable String getOriginKey() {
        return originKey;
    }

    public @Nullable SwotItem getSwotItem() {
        return swotItem;
    }

    public @Nullable String getGapServiceCode() {
        return gapServiceCode;
    }

    public @Nullable String getGapDepartementCode() {
        return gapDepartementCode;
    }

    /** Who created the action and who changed it last. */
    public Attribution getAttribution() {
        return attribution;
    }
}
