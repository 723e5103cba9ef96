package fr.metamut.offer.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.service.TopicCache;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.JointOfferRepository;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferInvalidException;
import fr.metamut.offer.domain.OfferProblem;
import fr.metamut.offer.domain.OfferRules;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.domain.PlannedCell;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joint offers: reading them, drafting, and saving with a field-level merge of concurrent edits. Every
 * call checks the caller against {@link OfferPermissions}, whatever the UI shows; content is checked by
 * {@link OfferRules} field by field. A save based on an outdated value of a field is a conflict, never a
 * silent overwrite. The workflow is {@link OfferWorkflowService}'s.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OfferService implements fr.metamut.coverage.service.PlannedCoverage {

    /** Saves of one offer wait for each other (row lock); a lock timeout is retried this many times. */
    private static final int MAX_ATTEMPTS = 20;
    /** Offers co-edited at once, beyond which the snapshots are dropped (they are read again when needed). */
    private static final int MAX_SNAPSHOTS = 100;

    private final JointOfferRepository offers;
    private final OfferEntities entities;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TopicCache<Long, JointOffer> snapshots;
    private final TopicCache<String, Map<String, List<String>>> planned;

    public OfferService(JointOfferRepository offers, OfferEntities entities, CurrentUser currentUser,
                        ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock, ChangeFeed feed) {
        this.offers = offers;
        this.entities = entities;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.snapshots = new TopicCache<>(feed, OfferChangedEvent::topicOf, MAX_SNAPSHOTS);
        this.planned = new TopicCache<>(feed, topic -> topic, 1);
    }

    /** The offers the current user may read, newest first. */
    public List<JointOffer> visible() {
        AppUser me = currentUser.require();
        return read(() -> offers.findAllNewestFirst().stream().filter(o -> OfferPermissions.canRead(me, o)).toList());
    }

    /** Every offer submitted to the Région (drafts stay private to their operators), for reports. */
    public List<JointOffer> forReport() {
        return read(() -> offers.findAllNewestFirst().stream().filter(o -> o.getStatus() != OfferStatus.BROUILLON).toList());
    }

    public JointOffer get(Long offerId) {
        AppUser me = currentUser.require();
        return read(() -> requireReadable(me, find(offerId)));
    }

    /**
     * The offer as committed, for an open editor catching up with a change the feed announced; empty when
     * the caller may no longer read it (back to draft while a coordinator had it open, access removed,
     * deleted): the page then says so instead of failing. After a save every editor of the offer asks at
     * once: the first reads the database, the others share that read, which is at least as new as every
     * change announced when they ask (the count is noted before reading, and announcements come after
     * commit). Each caller's right to read it is checked, as in {@link #get}. The instance is shared between
     * sessions: read it, never change it.
     */
    public Optional<JointOffer> latestIfReadable(Long offerId) {
        AppUser me = currentUser.require();
        return snapshot(offerId).filter(offer -> OfferPermissions.canRead(me, offer));
    }

    private Optional<JointOffer> snapshot(Long offerId) {
        return Optional.ofNullable(snapshots.get(offerId, id -> read(() -> offers.findById(id).orElse(null))));
    }

    static JointOffer requireReadable(AppUser me, JointOffer offer) {
        if (!OfferPermissions.canRead(me, offer)) {
            throw new AccessDeniedException("Offre réservée à ses opérateurs tant qu’elle est en brouillon");
        }
        return offer;
    }

    /** A director drafts a new offer led by their own operator; refused field by field when invalid. */
    public JointOffer create(OfferContent content) {
        AppUser me = currentUser.require();
        if (!me.hasRole(Role.DIRECTOR) || me.getOperatorId() == null) {
            throw new AccessDeniedException("Seul un directeur d’opérateur crée une offre conjointe");
        }
        requireValid(content, me.getOperatorId());
        JointOffer saved = write(() -> {
            Operator lead = entities.operator(me.getOperatorId());
            JointOffer offer = new JointOffer(lead, content.title().strip(), me.getUsername(), Instant.now(clock));
            entities.apply(offer, content, me.getUsername());
            return offers.saveAndFlush(offer);
        });
        events.publishEvent(OfferChangedEvent.list());
        return saved;
    }

    /**
     * Saves an editor's content. {@code base} is what the editor loaded: a field I changed that someone
     * else changed differently meanwhile is a conflict, and so is a rule that only the combination of their
     * change and mine breaks (their budget below my shares); then nothing is saved.
     */
    public JointOffer save(Long offerId, OfferContent base, OfferContent mine) {
        AppUser me = currentUser.require();
        for (int attempt = 1; ; attempt++) {
            try {
                return write(() -> {
                    JointOffer offer = offers.findForUpdate(offerId).orElseThrow(() -> new UserFacingException("error.notFound"));
                    requireEditable(me, offer);
                    Long lead = offer.getLead().getId();
                    requireValid(mine, lead);
                    OfferContent current = offer.content();
                    OfferMerge.Result merge = OfferMerge.merge(base, current, mine);
                    Set<OfferField> conflicts = EnumSet.noneOf(OfferField.class);
                    conflicts.addAll(merge.conflicts());
                    if (conflicts.isEmpty()) {
                        conflicts.addAll(collisions(OfferRules.check(merge.merged(), lead), base, current, mine));
                    }
                    if (!conflicts.isEmpty()) {
                        throw new OfferConflictException(conflicts.stream()
                                .map(f -> new FieldConflict(f, f.valueIn(base), f.valueIn(current), f.valueIn(mine),
                                        offer.getLastSavedBy()))
                                .toList(), current, offer.getVersion());
                    }
                    if (!merge.changed().isEmpty()) {
                        entities.apply(offer, merge.merged(), me.getUsername());
                        offers.saveAndFlush(offer);
                        events.publishEvent(OfferChangedEvent.of(offerId));
                        events.publishEvent(OfferChangedEvent.list());
                    }
                    return offer;
                });
            } catch (ConcurrencyFailureException e) {
                // the row lock was not granted in time: another save of the same offer held it
                if (attempt >= MAX_ATTEMPTS) {
                    throw new UserFacingException("error.staleData");
                }
            }
        }
    }

    /** The fields of rules broken by the merge alone that either side changed: those collide. */
    private static Set<OfferField> collisions(List<OfferProblem> problems, OfferContent base, OfferContent current,
                                              OfferContent mine) {
        Set<OfferField> fields = EnumSet.noneOf(OfferField.class);
        for (OfferProblem problem : problems) {
            fields.add(problem.field());
            fields.addAll(problem.reads());
        }
        fields.removeIf(f -> f.same(base, current) && f.same(base, mine));
        return fields;
    }

    private static void requireEditable(AppUser me, JointOffer offer) {
        if (!OfferPermissions.canEditContent(me, offer)) {
            if (OfferPermissions.involved(me, offer)) {
                throw new UserFacingException("offer.error.notEditable", offer.getStatus().name());
            }
            throw new AccessDeniedException("Seuls les opérateurs de l’offre la modifient");
        }
    }

    private static void requireValid(OfferContent content, Long leadId) {
        List<OfferProblem> problems = OfferRules.check(content, leadId);
        if (!problems.isEmpty()) {
            throw new OfferInvalidException(problems);
        }
    }

    /**
     * Coverage cells (service code/département code) addressed by validated offers: "planned". Read once per change
     * of the offers' list (every save and every step of the workflow announces one) and shared by every matrix page:
     * never change it.
     */
    @Override
    public Map<String, List<String>> plannedCells() {
        return planned.get(OfferChangedEvent.LIST_TOPIC, topic -> read(() -> offers.findAddressedCells(OfferStatus.VALIDEE)
                .stream().collect(Collectors.collectingAndThen(Collectors.groupingBy(PlannedCell::cellKey,
                        Collectors.mapping(PlannedCell::offerTitle, Collectors.toUnmodifiableList())), Map::copyOf))));
    }

    @Override
    public String changeTopic() {
        return OfferChangedEvent.LIST_TOPIC;
    }

    private JointOffer find(Long offerId) {
        return offers.findById(offerId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private <T> T read(Supplier<T> work) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> work.get());
    }

    private <T> T write(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
