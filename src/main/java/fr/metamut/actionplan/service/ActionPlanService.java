package fr.metamut.actionplan.service;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPlanChangedEvent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionRules;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.domain.OfferActions;
import fr.metamut.actionplan.domain.PlanAction;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.EntityHistory;
import fr.metamut.base.service.StaleWrites;
import fr.metamut.base.service.Translations;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.coverage.domain.matrix.CellState;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferService;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.service.SwotService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.RevisionType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The action plan: read by every logged-in user, changed under {@link ActionPermissions} whatever the UI
 * shows. Values are checked ({@link ActionRules}, then that what they name exists) before anything is
 * written, in one transaction, so a refusal leaves nothing half-saved. Each change is stamped with who
 * and when, kept by Envers, and announced on the {@code actionplan} topic after commit.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActionPlanService {

    private final PlanActionRepository actions;
    private final CatalogService catalog;
    private final OfferService offers;
    private final CoverageService coverage;
    private final SwotService swot;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityHistory entityHistory;
    private final Translations translations;
    private final Clock clock;

    public ActionPlanService(PlanActionRepository actions, CatalogService catalog, OfferService offers,
                             CoverageService coverage, SwotService swot, CurrentUser currentUser,
                             ApplicationEventPublisher events, EntityHistory entityHistory, Translations translations,
                             Clock clock) {
        this.actions = actions;
        this.catalog = catalog;
        this.offers = offers;
        this.coverage = coverage;
        this.swot = swot;
        this.currentUser = currentUser;
        this.events = events;
        this.entityHistory = entityHistory;
        this.translations = translations;
        this.clock = clock;
    }

    /** The whole plan, soonest due first; overdue flags as of today. */
    @Transactional(readOnly = true)
    public List<ActionRow> actions() {
        LocalDate today = today();
        Map<String, String> serviceNames = serviceNames();
        return actions.findAllForPlan().stream().map(a -> ActionRow.of(a, today, serviceNames))
                .sorted(ActionRow.PLAN_ORDER).toList();
    }

    @Transactional(readOnly = true)
    public ActionRow get(Long actionId) {
        return ActionRow.of(find(actionId), today(), serviceNames());
    }

    /** A director creates an action of their own operator; a coordinator, of any operator. */
    public ActionRow create(ActionContent content) {
        AppUser me = currentUser.require();
        if (!ActionPermissions.canCreate(me) || (content.ownerId() != null && !ActionPermissions.canManage(me, content.ownerId()))) {
            throw new AccessDeniedException("Un directeur crée les actions de son opérateur ; un coordinateur, de tout opérateur");
        }
        ActionRules.validate(content, today());
        Map<Long, Operator> operators = operators();
        Operator owner = resolve(content.ownerId(), operators::get);
        PlanAction action = new PlanAction(owner, content.title().strip(), me.getUsername(), now());
        apply(action, content, operators, me);
        return saved(action);
    }

    /** Changes everything on an action; {@code expectedVersion} is the version the user edited. */
    public ActionRow update(Long actionId, long expectedVersion, ActionContent content) {
        AppUser me = currentUser.require();
        PlanAction action = find(actionId);
        if (!ActionPermissions.canManage(me, action.getOwner().getId())
                || (content.ownerId() != null && !ActionPermissions.canManage(me, content.ownerId()))) {
            throw new AccessDeniedException("Seuls le directeur de l’opérateur porteur et les coordinateurs modifient l’action");
        }
        StaleWrites.requireVersion(action, expectedVersion);
        ActionRules.validate(content, today());
        apply(action, content, operators(), me);
        return saved(action);
    }

    /** Status, progress and the indicator's current value: what contributors report too. */
    public ActionRow reportProgress(Long actionId, long expectedVersion, @Nullable ActionStatus status, Integer progress,
                                    @Nullable BigDecimal indicatorCurrent) {
        AppUser me = currentUser.require();
        PlanAction action = find(actionId);
        Set<Long> contributors = action.getContributors().stream().map(Operator::getId).collect(Collectors.toSet());
        if (!ActionPermissions.canReportProgress(me, action.getOwner().getId(), contributors)) {
            throw new AccessDeniedException("Seuls les opérateurs de l’action et les coordinateurs en suivent l’avancement");
        }
        StaleWrites.requireVersion(action, expectedVersion);
        if (status == null) {
            throw new UserFacingException("plan.error.statusRequired").onField("status");
        }
        ActionRules.validateProgress(progress);
        ActionRules.validateIndicatorValue(indicatorCurrent, "indicatorCurrent");
        action.reportProgress(status, progress, indicatorCurrent, me.getUsername(), now());
        return saved(action);
    }

    public void delete(Long actionId) {
        AppUser me = currentUser.require();
        PlanAction action = find(actionId);
        if (!ActionPermissions.canManage(me, action.getOwner().getId())) {
            throw new AccessDeniedException("Seuls le directeur de l’opérateur porteur et les coordinateurs suppriment l’action");
        }
        actions.delete(action);
        actions.flush();
        events.publishEvent(ActionPlanChangedEvent.plan());
    }

    /**
     * Creates the actions a validated joint offer stands for ({@link OfferActions}): owned by its lead,
     * its partners contributing, linked to it. What already exists is not created again.
     */
    public GenerationResult generateFromOffer(Long offerId) {
        AppUser me = currentUser.require();
        JointOffer offer = offers.get(offerId);
        if (!ActionPermissions.canGenerate(me, offer.getLead().getId())) {
            throw new AccessDeniedException("Seuls le directeur de l’opérateur chef de file et les coordinateurs génèrent les actions d’une offre");
        }
        if (offer.getStatus() != OfferStatus.VALIDEE) {
            throw new UserFacingException("plan.error.offerNotValidated");
        }
        List<OfferActions.Planned> missing = OfferActions.missing(offer, Set.copyOf(actions.findOriginKeysByOfferId(offerId)));
        Instant now = now();
        missing.forEach(planned -> actions.save(PlanAction.generated(offer, planned, me.getUsername(), now)));
        try {
            actions.flush();
        } catch (DataIntegrityViolationException e) {
            // someone generated the same steps at the same moment: the unique key kept one copy
            throw new UserFacingException("error.staleData");
        }
        if (!missing.isEmpty()) {
            events.publishEvent(ActionPlanChangedEvent.plan());
        }
        return new GenerationResult(missing.size(), OfferActions.planFor(offer).size() - missing.size());
    }

    /** Validated offers the user may generate from, that still miss some of their actions. */
    @Transactional(readOnly = true)
    public List<GenerationCandidate> generationCandidates() {
        AppUser me = currentUser.require();
        Map<Long, Set<String>> keys = new HashMap<>();
        for (Object[] row : actions.findAllOriginKeys()) {
            keys.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        List<GenerationCandidate> candidates = new ArrayList<>();
        for (JointOffer offer : offers.visible()) {
            if (offer.getStatus() == OfferStatus.VALIDEE && ActionPermissions.canGenerate(me, offer.getLead().getId())) {
                int missing = OfferActions.missing(offer, keys.getOrDefault(offer.getId(), Set.of())).size();
                if (missing > 0) {
                    candidates.add(new GenerationCandidate(offer.getId(), offer.getTitle(), offer.getLead().getName(), missing));
                }
            }
        }
        return candidates;
    }

    /** Joint offers an action may link to: those the user may read. */
    @Transactional(readOnly = true)
    public List<LinkOption> offerOptions() {
        return offers.visible().stream().map(o -> new LinkOption(o.getId(), o.getTitle()))
                .sorted(Comparator.comparing(LinkOption::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional(readOnly = true)
    public List<LinkOption> swotOptions() {
        return swot.items().stream()
                .map(s -> new LinkOption(s.getId(), s.getTitle())).toList();
    }

    /** Today's coverage gaps (service × département nobody covers), in the matrix's order. */
    @Transactional(readOnly = true)
    public List<GapOption> gapOptions() {
        CoverageMatrix matrix = coverage.matrix();
        List<GapOption> gaps = new ArrayList<>();
        for (CoverageRow row : matrix.rows()) {
            for (CoverageInput.Departement departement : matrix.departements()) {
                if (row.cell(departement.code()).state() == CellState.GAP) {
                    gaps.add(new GapOption(row.service().code(), row.service().name(), departement.code(), departement.name()));
                }
            }
        }
        return gaps;
    }

    /** The action's saved states, newest first, from Envers. */
    @Transactional(readOnly = true)
    public List<ActionRevision> history(Long actionId) {
        find(actionId);
        return entityHistory.oldestFirst(PlanAction.class, actionId).reversed().stream().map(revision -> {
            PlanAction snapshot = revision.snapshot();
            return new ActionRevision(revision.at(), revision.username(), revision.displayName(),
                    revision.type() == RevisionType.ADD, snapshot.getTitle(), snapshot.getOwner().getName(),
                    snapshot.getDueDate(), snapshot.getStatus(), snapshot.getProgress());
        }).toList();
    }

    /**
     * The action as it was saved at {@code at} (its last revision then), from Envers; empty when it did not
     * exist yet. What an import of an older workbook compares with (see the workbook's action import).
     */
    @Transactional(readOnly = true)
    public Optional<ActionRow> asOf(Long actionId, Instant at) {
        find(actionId);
        return entityHistory.asOf(PlanAction.class, actionId, at).map(a -> ActionRow.of(a, today(), serviceNames()));
    }

    /**
     * The plan as the workbook's "Plan d’actions" sheet writes it: every action, soonest due first, with
     * its texts in the given language.
     */
    @Transactional(readOnly = true)
    public List<ActionPlanSheetRow> workbookRows(Locale locale) {
        ActionLinksText.Translator translator = (key, arguments) -> translations.getTranslation(key, locale, arguments);
        return actions().stream().map(r -> new ActionPlanSheetRow(r.id(), r.title(), r.description(), r.owner().name(),
                r.contributorNames(), r.dueDate(), r.status(), translator.translate(r.status().messageKey()),
                r.priority(), translator.translate(r.priority().messageKey()), r.indicator().name(),
                r.indicator().target(), r.indicator().current(), r.progress(), r.overdue(),
                ActionLinksText.of(r.links(), translator), r.attribution().lastBy(), r.attribution().lastAt())).toList();
    }

    private void apply(PlanAction action, ActionContent content, Map<Long, Operator> operators, AppUser me) {
        Operator owner = resolve(content.ownerId(), operators::get);
        List<Operator> contributors = content.contributorIds().stream().map(id -> resolve(id, operators::get)).toList();
        JointOffer offer = content.offerId() == null ? null : offers.get(content.offerId());
        SwotItem swotItem = content.swotItemId() == null ? null
                : swot.item(content.swotItemId());
        if (content.gapServiceCode() != null && !content.gapServiceCode().isBlank()) {
            boolean knownService = serviceNames().containsKey(content.gapServiceCode());
            boolean knownDepartement = catalog.departements().stream().map(Departement::getCode)
                    .anyMatch(content.gapDepartementCode()::equals);
            if (!knownService || !knownDepartement) {
                throw new UserFacingException("error.notFound");
            }
        }
        action.apply(content, owner, contributors, offer, swotItem, me.getUsername(), now());
    }

    private ActionRow saved(PlanAction action) {
        PlanAction saved = StaleWrites.now(() -> actions.saveAndFlush(action));
        events.publishEvent(ActionPlanChangedEvent.plan());
        return ActionRow.of(saved, today(), serviceNames());
    }

    private PlanAction find(Long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private Map<Long, Operator> operators() {
        return catalog.operators().stream().collect(Collectors.toMap(Operator::getId, o -> o));
    }

    private Map<String, String> serviceNames() {
        return catalog.services().stream().collect(Collectors.toMap(ServiceLine::getCode, ServiceLine::getName));
    }

    private static <K, V> V resolve(@Nullable K key, Function<K, V> lookup) {
        V value = key == null ? null : lookup.apply(key);
        if (value == null) {
            throw new UserFacingException("error.notFound");
        }
        return value;
    }

    /** Stamps at the database's precision (microseconds), so what a call returns is what a reload reads. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
