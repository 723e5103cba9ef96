package fr.metamut.offer.domain;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * A joint offer: a lead operator and partners propose to fill gaps or merge doublons. Its state only
 * changes through the workflow methods ({@link #submit}, {@link #takeForReview}, {@link #decide}, ...),
 * which refuse what the workflow does not allow and append an {@link OfferStateChange}; its content
 * only changes while it is a draft. Audited by Envers: every change is kept with who made it.
 */
@Entity
@Table(name = "joint_offer")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class JointOffer extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "summary", length = TEXT_MAX_LENGTH)
    private @Nullable String summary;

    @Column(name = "benefits", length = TEXT_MAX_LENGTH)
    private @Nullable String benefits;

    @Column(name = "budget_total", precision = 14, scale = 2)
    private @Nullable BigDecimal budgetTotal;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "lead_operator_id", nullable = false)
    private Operator lead;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "joint_offer_partner", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "operator_id"))
    private Set<Operator> partners = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "joint_offer_service", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "service_line_id"))
    private Set<ServiceLine> services = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "joint_offer_departement", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "departement_id"))
    private Set<Departement> departements = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_offer_milestone", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_offer_budget_share", joinColumns = @JoinColumn(name = "offer_id"))
    private Set<BudgetShare> budgetShares = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_offer_addressed_cell", joinColumns = @JoinColumn(name = "offer_id"))
    private Set<AddressedCell> addressedCells = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private OfferStatus status = OfferStatus.BROUILLON;

    @Column(name = "decision_rationale", length = TEXT_MAX_LENGTH)
    private @Nullable String decisionRationale;

    @Column(name = "reviewer", length = 60)
    private @Nullable String reviewer;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who saved the content last: co-editors are told whose value arrived. The history has every saver. */
    @NotAudited
    @Column(name = "last_saved_by", length = 60)
    private @Nullable String lastSavedBy;

    @NotAudited
    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<OfferStateChange> stateChanges = new ArrayList<>();

    protected JointOffer() {
    }

    /** A new draft led by the given operator. */
    public JointOffer(Operator lead, String title, String createdBy, Instant createdAt) {
        this.lead = lead;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        stateChanges.add(new OfferStateChange(this, null, OfferStatus.BROUILLON, createdBy, createdAt, null));
    }

    /**
     * Replaces the content; only a draft can be edited, and only with content that passes {@link OfferRules}.
     * Entities are resolved by the caller.
     */
    public void apply(OfferContent content, Collection<Operator> newPartners, Collection<ServiceLine> newServices,
                      Collection<Departement> newDepartements, String savedBy) {
        requireStatus(EnumSet.of(OfferStatus.BROUILLON), "offer.error.notEditable");
        List<OfferProblem> problems = OfferRules.check(content, lead.getId());
        if (!problems.isEmpty()) {
            throw new OfferInvalidException(problems);
        }
        lastSavedBy = savedBy;
        title = content.title().strip();
        summary = blankToNull(content.summary());
        benefits = blankToNull(content.benefits());
        budgetTotal = content.budgetTotal();
        startDate = content.startDate();
        endDate = content.endDate();
        partners.clear();
        newPartners.stream().filter(p -> !p.equals(lead)).forEach(partners::add);
        services.clear();
        services.addAll(newServices);
        departements.clear();
        departements.addAll(newDepartements);
        milestones.clear();
        milestones.addAll(content.milestones());
        budgetShares.clear();
        budgetShares.addAll(content.budgetShares());
        addressedCells.clear();
        addressedCells.addAll(content.addressedCells());
    }

    public OfferContent content() {
        return new OfferContent(title, summary == null ? "" : summary, benefits == null ? "" : benefits, budgetTotal,
                startDate, endDate, partners.stream().map(Operator::getId).collect(Collectors.toSet()),
                services.stream().map(ServiceLine::getId).collect(Collectors.toSet()),
                departements.stream().map(Departement::getCode).collect(Collectors.toSet()),
                milestones, budgetShares, addressedCells);
    }

    /** The lead submits the draft to the Région, once it says all that {@link SubmissionChecklist} asks. */
    public void submit(String actor, Instant at) {
        requireStatus(EnumSet.of(OfferStatus.BROUILLON), "offer.error.transition");
        List<SubmissionChecklist> missing = SubmissionChecklist.missing(content());
        if (!missing.isEmpty()) {
            throw new OfferInvalidException(missing.stream().map(SubmissionChecklist::problem).toList());
        }
        boolean answersRequestedChanges = reviewer != null && !stateChanges.isEmpty()
                && stateChanges.getLast().getFrom() == OfferStatus.MODIFICATIONS_DEMANDEES;
        move(EnumSet.of(OfferStatus.BROUILLON), OfferStatus.SOUMISE, actor, at, null);
        submittedAt = at;
        if (answersRequestedChanges) {
            // the coordinator who asked for the changes keeps the review: no second "take for review"
            move(EnumSet.of(OfferStatus.SOUMISE), OfferStatus.EN_INSTRUCTION, reviewer, at, null);
        }
    }

    /** A coordinator takes the submitted offer for review. */
    public void takeForReview(String coordinator, Instant at) {
        move(EnumSet.of(OfferStatus.SOUMISE), OfferStatus.EN_INSTRUCTION, coordinator, at, null);
        reviewer = coordinator;
    }

    /** A coordinator validates, rejects or asks for changes, always with a written rationale. */
    public void decide(OfferStatus decision, String rationale, String coordinator, Instant at) {
        if (!EnumSet.of(OfferStatus.VALIDEE, OfferStatus.REFUSEE, OfferStatus.MODIFICATIONS_DEMANDEES).contains(decision)) {
            throw new UserFacingException("offer.error.transition");
        }
        String why = requireRationale(rationale);
        move(EnumSet.of(OfferStatus.EN_INSTRUCTION), decision, coordinator, at, why);
        decisionRationale = why;
        reviewer = coordinator;
        decidedAt = at;
    }

    /** After changes were asked, the lead takes the offer back as a draft to rework and resubmit. */
    public void backToDraft(String actor, Instant at) {
        move(EnumSet.of(OfferStatus.MODIFICATIONS_DEMANDEES), OfferStatus.BROUILLON, actor, at, null);
    }

    /** The lead withdraws the offer, before it is decided. */
    public void withdraw(String actor, Instant at, String rationale) {
        move(EnumSet.of(OfferStatus.BROUILLON, OfferStatus.SOUMISE, OfferStatus.EN_INSTRUCTION,
                OfferStatus.MODIFICATIONS_DEMANDEES), OfferStatus.RETIREE, actor, at, blankToNull(rationale));
    }

    /** A coordinator reopens a decided offer as a draft, with a rationale. */
    public void reopen(String coordinator, String rationale, Instant at) {
        String why = requireRationale(rationale);
        move(EnumSet.of(OfferStatus.VALIDEE, OfferStatus.REFUSEE), OfferStatus.BROUILLON, coordinator, at, why);
        decidedAt = null;
    }

    private void move(Set<OfferStatus> allowedFrom, OfferStatus to, String actor, Instant at, String rationale) {
        requireStatus(allowedFrom, "offer.error.transition");
        stateChanges.add(new OfferStateChange(this, status, to, actor, at, rationale));
        status = to;
    }

    private void requireStatus(Set<OfferStatus> allowed, String messageKey) {
        if (!allowed.contains(status)) {
            throw new UserFacingException(messageKey, status.name());
        }
    }

    private static String requireRationale(@Nullable String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw new UserFacingException("offer.error.rationaleRequired");
        }
        if (rationale.strip().length() > TEXT_MAX_LENGTH) {
            throw new UserFacingException("offer.error.tooLong", TEXT_MAX_LENGTH);
        }
        return rationale.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the operator leads or partners this offer. */
    public boolean involves(Long operatorId) {
        return lead.getId().equals(operatorId) || partners.stream().anyMatch(p -> p.getId().equals(operatorId));
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public @Nullable String getBenefits() {
        return benefits;
    }

    public @Nullable BigDecimal getBudgetTotal() {
        return budgetTotal;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public Operator getLead() {
        return lead;
    }

    public Set<Operator> getPartners() {
        return Set.copyOf(partners);
    }

    public Set<ServiceLine> getServices() {
        return Set.copyOf(services);
    }

    public Set<Departement> getDepartements() {
        return Set.copyOf(departements);
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }

    public Set<BudgetShare> getBudgetShares() {
        return Set.copyOf(budgetShares);
    }

    public Set<AddressedCell> getAddressedCells() {
        return Set.copyOf(addressedCells);
    }

    public OfferStatus getStatus() {
        return status;
    }

    public @Nullable String getDecisionRationale() {
        return decisionRationale;
    }

    public @Nullable String getReviewer() {
        return reviewer;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getLastSavedBy() {
        return lastSavedBy;
    }

    public List<OfferStateChange> getStateChanges() {
        return List.copyOf(stateChanges);
    }
}
