package fr.metamut.swot.service;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.EntityHistory;
import fr.metamut.base.service.StaleWrites;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.service.SurveyService;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotChangedEvent;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.domain.SwotEvidence;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemChanges;
import fr.metamut.swot.domain.SwotItemRepository;
import fr.metamut.swot.domain.SwotOrder;
import fr.metamut.swot.domain.SwotRules;
import fr.metamut.swot.service.SwotCard.EvidenceLink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The regional SWOT (AFOM) board. It is shared: every logged-in director, coordinator and administrator
 * adds, edits, reorders and removes items, and every change is attributed (on the row and in the Envers
 * history) and announced to open boards.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SwotService {

    private static final String EDITORS = "hasAnyRole('DIRECTOR', 'COORDINATOR', 'ADMIN')";

    private final SwotItemRepository items;
    private final CatalogService catalog;
    private final SurveyService surveys;
    private final PartnershipService partnerships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final EntityHistory entityHistory;

    public SwotService(SwotItemRepository items, CatalogService catalog, SurveyService surveys,
                       PartnershipService partnerships, CurrentUser currentUser,
                       ApplicationEventPublisher events, Clock clock, EntityHistory entityHistory) {
        this.items = items;
        this.entityHistory = entityHistory;
        this.catalog = catalog;
        this.surveys = surveys;
        this.partnerships = partnerships;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every quadrant (even empty) with its items in board order and their evidence resolved. */
    @Transactional(readOnly = true)
    public Map<Quadrant, List<SwotCard>> board() {
        Labels labels = new Labels(evidenceChoices());
        Map<Quadrant, List<SwotCard>> board = new EnumMap<>(Quadrant.class);
        for (Quadrant quadrant : Quadrant.values()) {
            board.put(quadrant, sorted(items.findByQuadrant(quadrant)).stream()
                    .map(item -> new SwotCard(item, labels.of(item.getEvidence()))).toList());
        }
        return board;
    }

    /** What an item can point at, for the edit form. */
    @Transactional(readOnly = true)
    public EvidenceChoices evidenceChoices() {
        return new EvidenceChoices(catalog.services(), catalog.departements(), surveys.needs(), partnerships.all());
    }

    /** Whether the current user may change the board (for the UI). */
    @Transactional(readOnly = true)
    public boolean canEdit() {
        return currentUser.get().isPresent();
    }

    /** Every item in board order (quadrant, then position): what an action of the plan may serve. */
    @Transactional(readOnly = true)
    public List<SwotItem> items() {
        return items.findAllByOrderByQuadrantAscPositionAsc();
    }

    /** One item; refused with {@code error.notFound} when it no longer exists. */
    @Transactional(readOnly = true)
    public SwotItem item(Long id) {
        return items.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    @PreAuthorize(EDITORS)
    public SwotItem add(Quadrant quadrant, SwotContent content) {
        AppUser user = currentUser.require();
        check(content);
        SwotItem item = SwotItem.create(quadrant, SwotOrder.nextPosition(items.findByQuadrant(quadrant)), content,
                user.getUsername(), Instant.now(clock));
        SwotItem saved = items.save(item);
        return announce(saved, user);
    }

    @PreAuthorize(EDITORS)
    public SwotItem update(Long id, long expectedVersion, SwotContent content) {
        AppUser user = currentUser.require();
        SwotItem item = load(id, expectedVersion);
        check(content);
        item.edit(content, user.getUsername(), Instant.now(clock));
        return announce(item, user);
    }

    /** Moves an item one place up ({@code delta = -1}) or down ({@code +1}) within its quadrant. */
    @PreAuthorize(EDITORS)
    public SwotItem move(Long id, int delta) {
        AppUser user = currentUser.require();
        SwotItem item = items.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (SwotOrder.shift(items.findByQuadrant(item.getQuadrant()), item, Integer.signum(delta))) {
            item.moved(user.getUsername(), Instant.now(clock));
        }
        return announce(item, user);
    }

    /** Moves an item to the end of another quadrant; the quadrant it leaves closes the gap. */
    @PreAuthorize(EDITORS)
    public SwotItem moveTo(Long id, Quadrant target) {
        AppUser user = currentUser.require();
        SwotItem item = items.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (item.getQuadrant() != target) {
            List<SwotItem> left = new ArrayList<>(items.findByQuadrant(item.getQuadrant()));
            left.remove(item);
            SwotOrder.renumber(left);
            item.moveTo(target, SwotOrder.nextPosition(items.findByQuadrant(target)), user.getUsername(),
                    Instant.now(clock));
        }
        return announce(item, user);
    }

    @PreAuthorize(EDITORS)
    public void remove(Long id, long expectedVersion) {
        AppUser user = currentUser.require();
        SwotItem item = load(id, expectedVersion);
        List<SwotItem> left = new ArrayList<>(items.findByQuadrant(item.getQuadrant()));
        left.remove(item);
        items.delete(item);
        SwotOrder.renumber(left);
        announce(item, user);
    }

    /** The item's history, newest first: who changed what, and when. */
    @Transactional(readOnly = true)
    public List<SwotRevision> history(Long id) {
        List<SwotRevision> history = new ArrayList<>();
        SwotItem previous = null;
        for (EntityHistory.Revision<SwotItem> revision : entityHistory.oldestFirst(SwotItem.class, id)) {
            SwotItem snapshot = revision.snapshot();
            SwotRevision.Kind kind = switch (revision.type()) {
                case ADD -> SwotRevision.Kind.CREATED;
                case MOD -> SwotRevision.Kind.CHANGED;
                case DEL -> SwotRevision.Kind.REMOVED;
            };
            history.add(new SwotRevision(revision.at(), revision.username(), revision.displayName(), kind,
                    previous == null || kind != SwotRevision.Kind.CHANGED ? List.of()
                            : SwotItemChanges.between(previous, snapshot)));
            previous = snapshot;
        }
        Collections.reverse(history);
        return history;
    }

    private SwotItem load(Long id, long expectedVersion) {
        return StaleWrites.requireVersion(items.findById(id).orElseThrow(() -> new UserFacingException("error.notFound")),
                expectedVersion);
    }

    private void check(SwotContent content) {
        SwotRules.check(content).stream().findFirst().ifPresent(v -> {
            throw new UserFacingException(v.messageKey(), v.arguments().toArray()).onField(v.field());
        });
        SwotEvidence evidence = content.evidence();
        EvidenceChoices choices = evidenceChoices();
        requireKnown(evidence.serviceLineId(), choices.services(), "service");
        requireKnown(evidence.departementId(), choices.departements(), "departement");
        requireKnown(evidence.surveyNeedId(), choices.needs(), "need");
        requireKnown(evidence.partnershipId(), choices.partnerships(), "partnership");
    }

    private static void requireKnown(@Nullable Long id, List<? extends AbstractEntity> known, String field) {
        if (id != null && known.stream().noneMatch(e -> id.equals(e.getId()))) {
            throw new UserFacingException("swot.error.evidenceGone").onField(field);
        }
    }

    /** Writes now (a concurrent change becomes a clear refusal) and tells open boards after commit. */
    private SwotItem announce(SwotItem item, AppUser user) {
        StaleWrites.now(items::flush);
        events.publishEvent(new SwotChangedEvent(item.getId(), user.getUsername()));
        return item;
    }

    private static List<SwotItem> sorted(List<SwotItem> quadrant) {
        return quadrant.stream().sorted(Comparator.comparingInt(SwotItem::getPosition)
                .thenComparing(SwotItem::getId)).toList();
    }

    /** Labels of what evidence points at, looked up once per board. */
    private static final class Labels {

        private final Map<Long, ServiceLine> services;
        private final Map<Long, Departement> departements;
        private final Map<Long, SurveyNeed> needs;
        private final Map<Long, Partnership> partnerships;

        Labels(EvidenceChoices choices) {
            services = byId(choices.services());
            departements = byId(choices.departements());
            needs = byId(choices.needs());
            partnerships = byId(choices.partnerships());
        }

        List<EvidenceLink> of(SwotEvidence evidence) {
            List<EvidenceLink> links = new ArrayList<>();
            if (evidence.hasCell()) {
                ServiceLine service = services.get(evidence.serviceLineId());
                Departement departement = departements.get(evidence.departementId());
                links.add(new EvidenceLink(EvidenceLink.Kind.CELL,
                        service == null || departement == null ? null : service.getName() + " · " + departement.getLabel(),
                        departement == null ? null : departement.getCode()));
            }
            if (evidence.surveyNeedId() != null) {
                SurveyNeed need = needs.get(evidence.surveyNeedId());
                links.add(new EvidenceLink(EvidenceLink.Kind.NEED, need == null ? null : need.getLabel(),
                        String.valueOf(evidence.surveyNeedId())));
            }
            if (evidence.partnershipId() != null) {
                Partnership partnership = partnerships.get(evidence.partnershipId());
                links.add(new EvidenceLink(EvidenceLink.Kind.PARTNERSHIP,
                        partnership == null ? null : partnership.getName(), String.valueOf(evidence.partnershipId())));
            }
            return links;
        }

        private static <T extends AbstractEntity> Map<Long, T> byId(List<T> entities) {
            return entities.stream().collect(Collectors.toMap(AbstractEntity::getId, Function.identity()));
        }
    }
}
