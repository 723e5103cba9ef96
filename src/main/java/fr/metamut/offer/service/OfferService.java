package fr.metamut.offer.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.notification.service.NotificationService;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.JointOfferRepository;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.security.service.AccountDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joint offers: drafting, saving with a field-level merge of concurrent edits, and the workflow. Every
 * call checks the caller against {@link OfferPermissions}, whatever the UI shows. Saves retry on an
 * optimistic-lock race so that no update is lost, and never overwrite someone else's change silently.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OfferService implements fr.metamut.coverage.service.PlannedCoverage {

    private static final int MAX_ATTEMPTS = 20;
    private static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000000");
    /** Offers co-edited at once, beyond which the snapshots are dropped (they are read again when needed). */
    private static final int MAX_SNAPSHOTS = 100;

    /** An offer as read after the change feed had announced {@code announced} changes of it. */
    private record Snapshot(long announced, JointOffer offer) {
    }

    private final JointOfferRepository offers;
    private final CatalogService catalog;
    private final AccountDirectory directory;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ChangeFeed feed;
    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

    public OfferService(JointOfferRepository offers, CatalogService catalog, AccountDirectory directory,
                        NotificationService notifications, CurrentUser currentUser, ApplicationEventPublisher events,
                        TransactionTemplate transactions, Clock clock, ChangeFeed feed) {
        this.offers = offers;
        this.catalog = catalog;
        this.directory = directory;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.feed = feed;
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
     * The offer as committed, for an open editor catching up with a change the feed announced. After a save
     * every editor of the offer asks at once: the first reads the database, the others share that read,
     * which is at least as new as every change announced when they ask (the count is noted before reading,
     * and announcements come after commit). Each caller's right to read it is checked, as in {@link #get}.
     * The instance is shared between sessions: read it, never change it.
     */
    public JointOffer latest(Long offerId) {
        AppUser me = currentUser.require();
        long announced = feed.announced(OfferChangedEvent.topicOf(offerId));
        Snapshot snapshot = snapshots.get(offerId);
        if (snapshot == null || snapshot.announced() < announced) {
            snapshot = new Snapshot(announced, read(() -> find(offerId)));
            if (snapshots.size() >= MAX_SNAPSHOTS) {
                snapshots.clear();
            }
            snapshots.merge(offerId, snapshot, (old, fresh) -> old.announced() >= fresh.announced() ? old : fresh);
        }
        return requireReadable(me, snapshot.offer());
    }

    private static JointOffer requireReadable(AppUser me, JointOffer offer) {
        if (!OfferPermissions.canRead(me, offer)) {
            throw new AccessDeniedException("Offre réservée à ses opérateurs tant qu’elle est en brouillon");
        }
        return offer;
    }

    /** A director drafts a new offer led by their own operator. */
    public JointOffer create(OfferContent content) {
        AppUser me = currentUser.require();
        if (!me.hasRole(Role.DIRECTOR) || me.getOperatorId() == null) {
            throw new AccessDeniedException("Seul un directeur d’opérateur crée une offre conjointe");
        }
        validate(content);
        JointOffer saved = write(() -> {
            Operator lead = catalog.operators().stream().filter(o -> o.getId().equals(me.getOperatorId()))
                    .findFirst().orElseThrow(() -> new UserFacingException("error.notFound"));
            JointOffer offer = new JointOffer(lead, content.title(), me.getUsername(), Instant.now(clock));
            apply(offer, content);
            return offers.saveAndFlush(offer);
        });
        events.publishEvent(OfferChangedEvent.list());
        return saved;
    }

    /**
     * Saves an editor's content. {@code base} is what the editor loaded: fields I changed that someone
     * else changed differently meanwhile are conflicts, and then nothing is saved.
     */
    public JointOffer save(Long offerId, OfferContent base, OfferContent mine) {
        AppUser me = currentUser.require();
        validate(mine);
        for (int attempt = 1; ; attempt++) {
            try {
                return write(() -> {
                    JointOffer offer = find(offerId);
                    if (!OfferPermissions.canEditContent(me, offer)) {
                        if (OfferPermissions.involved(me, offer)) {
                            throw new UserFacingException("offer.error.notEditable", offer.getStatus().name());
                        }
                        throw new AccessDeniedException("Seuls les opérateurs de l’offre la modifient");
                    }
                    OfferContent current = offer.content();
                    OfferMerge.Result merge = OfferMerge.merge(base, current, mine);
                    if (!merge.conflicts().isEmpty()) {
                        throw new OfferConflictException(merge.conflicts().stream()
                                .map(f -> new FieldConflict(f, f.valueIn(base), f.valueIn(current), f.valueIn(mine), null))
                                .toList(), current, offer.getVersion());
                    }
                    if (!merge.changed().isEmpty()) {
                        apply(offer, merge.merged());
                        offers.saveAndFlush(offer);
                        events.publishEvent(OfferChangedEvent.of(offerId));
                        events.publishEvent(OfferChangedEvent.list());
                    }
                    return offer;
                });
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new UserFacingException("error.staleData");
                }
            }
        }
    }

    public JointOffer submit(Long offerId) {
        return transition(offerId, (me, offer) -> {
            requireSteer(me, offer);
            offer.submit(me.getUsername(), Instant.now(clock));
            notifyUsers(directory.usernamesWithRole(Role.COORDINATOR), "notif.submitted", offer, me);
        });
    }

    public JointOffer takeForReview(Long offerId) {
        return transition(offerId, (me, offer) -> {
            requireReviewer(me);
            offer.takeForReview(me.getUsername(), Instant.now(clock));
            notifyUsers(involvedDirectors(offer), "notif.underReview", offer, me);
        });
    }

    /** A coordinator validates, rejects or asks for changes, with a rationale. */
    public JointOffer decide(Long offerId, OfferStatus decision, String rationale) {
        return transition(offerId, (me, offer) -> {
            requireReviewer(me);
            offer.decide(decision, rationale, me.getUsername(), Instant.now(clock));
            notifyUsers(involvedDirectors(offer), "notif.decided." + decision.name(), offer, me);
        });
    }

    public JointOffer backToDraft(Long offerId) {
        return transition(offerId, (me, offer) -> {
            requireSteer(me, offer);
            offer.backToDraft(me.getUsername(), Instant.now(clock));
            notifyUsers(involvedDirectors(offer), "notif.backToDraft", offer, me);
        });
    }

    public JointOffer withdraw(Long offerId, String rationale) {
        return transition(offerId, (me, offer) -> {
            requireSteer(me, offer);
            OfferStatus before = offer.getStatus();
            offer.withdraw(me.getUsername(), Instant.now(clock), rationale);
            List<String> recipients = new ArrayList<>(involvedDirectors(offer));
            if (before != OfferStatus.BROUILLON) {
                recipients.addAll(directory.usernamesWithRole(Role.COORDINATOR));
            }
            notifyUsers(recipients, "notif.withdrawn", offer, me);
        });
    }

    public JointOffer reopen(Long offerId, String rationale) {
        return transition(offerId, (me, offer) -> {
            requireReviewer(me);
            offer.reopen(me.getUsername(), rationale, Instant.now(clock));
            notifyUsers(involvedDirectors(offer), "notif.reopened", offer, me);
        });
    }

    /** Coverage cells (service code/département code) addressed by validated offers: "planned". */
    @Override
    public Map<String, List<String>> plannedCells() {
        return read(() -> offers.findByStatus(OfferStatus.VALIDEE).stream()
                .flatMap(o -> o.getAddressedCells().stream().map(c -> Map.entry(c.getServiceCode() + "/" + c.getDepartementCode(), o.getTitle())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
    }

    @Override
    public String changeTopic() {
        return OfferChangedEvent.LIST_TOPIC;
    }

    private interface Step {
        void run(AppUser me, JointOffer offer);
    }

    private JointOffer transition(Long offerId, Step step) {
        AppUser me = currentUser.require();
        JointOffer result = write(() -> {
            JointOffer offer = find(offerId);
            if (!OfferPermissions.canRead(me, offer)) {
                throw new AccessDeniedException("Offre inaccessible");
            }
            step.run(me, offer);
            return offers.saveAndFlush(offer);
        });
        events.publishEvent(OfferChangedEvent.of(offerId));
        events.publishEvent(OfferChangedEvent.list());
        return result;
    }

    private static void requireSteer(AppUser me, JointOffer offer) {
        if (!OfferPermissions.canSteer(me, offer)) {
            throw new AccessDeniedException("Seul le directeur de l’opérateur chef de file pilote l’offre");
        }
    }

    private static void requireReviewer(AppUser me) {
        if (!OfferPermissions.canReview(me)) {
            throw new AccessDeniedException("Seuls les coordinateurs de la Région instruisent les offres");
        }
    }

    private List<String> involvedDirectors(JointOffer offer) {
        Set<Long> operators = new HashSet<>();
        operators.add(offer.getLead().getId());
        offer.getPartners().forEach(p -> operators.add(p.getId()));
        return directory.directorsOf(operators);
    }

    private void notifyUsers(List<String> recipients, String key, JointOffer offer, AppUser me) {
        notifications.notify(recipients, key, List.of(me.getDisplayName(), offer.getTitle()), "offres/" + offer.getId());
    }

    private void apply(JointOffer offer, OfferContent content) {
        Map<Long, Operator> operators = catalog.operators().stream().collect(Collectors.toMap(Operator::getId, o -> o));
        Map<Long, ServiceLine> services = catalog.services().stream().collect(Collectors.toMap(ServiceLine::getId, s -> s));
        Map<String, Departement> departements = catalog.departements().stream()
                .collect(Collectors.toMap(Departement::getCode, d -> d));
        offer.apply(content, resolve(content.partnerIds(), operators::get), resolve(content.serviceIds(), services::get),
                resolve(content.departementCodes(), departements::get));
        Set<Long> parties = new HashSet<>(content.partnerIds());
        parties.add(offer.getLead().getId());
        for (BudgetShare share : content.budgetShares()) {
            if (!parties.contains(share.getOperatorId())) {
                throw new UserFacingException("offer.error.shareNotParty");
            }
        }
    }

    private static <K, V> List<V> resolve(Set<K> keys, Function<K, V> lookup) {
        List<V> values = new ArrayList<>();
        for (K key : keys) {
            V value = lookup.apply(key);
            if (value == null) {
                throw new UserFacingException("error.notFound");
            }
            values.add(value);
        }
        return values;
    }

    /** Checks what Bean Validation cannot see on a record; refuses before anything is written. */
    static void validate(OfferContent c) {
        if (c.title() == null || c.title().isBlank()) {
            throw new UserFacingException("offer.error.titleRequired");
        }
        if (c.title().strip().length() > JointOffer.TITLE_MAX_LENGTH) {
            throw new UserFacingException("offer.error.tooLong", JointOffer.TITLE_MAX_LENGTH);
        }
        if (Stream.of(c.summary(), c.benefits()).anyMatch(t -> t != null && t.strip().length() > JointOffer.TEXT_MAX_LENGTH)) {
            throw new UserFacingException("offer.error.tooLong", JointOffer.TEXT_MAX_LENGTH);
        }
        if (c.budgetTotal() != null && (c.budgetTotal().signum() < 0 || c.budgetTotal().compareTo(MAX_BUDGET) >= 0)) {
            throw new UserFacingException("offer.error.budget");
        }
        if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            throw new UserFacingException("offer.error.dates");
        }
        for (Milestone milestone : c.milestones()) {
            if (milestone.getTitle() == null || milestone.getTitle().isBlank() || milestone.getTitle().length() > 200) {
                throw new UserFacingException("offer.error.milestone");
            }
        }
        BigDecimal shares = BigDecimal.ZERO;
        for (BudgetShare share : c.budgetShares()) {
            if (share.getAmount() == null || share.getAmount().signum() < 0) {
                throw new UserFacingException("offer.error.budget");
            }
            shares = shares.add(share.getAmount());
        }
        if (c.budgetTotal() != null && shares.compareTo(c.budgetTotal()) > 0) {
            throw new UserFacingException("offer.error.sharesExceedTotal");
        }
        for (AddressedCell cell : c.addressedCells()) {
            if (cell.getServiceCode() == null || cell.getDepartementCode() == null) {
                throw new UserFacingException("error.notFound");
            }
        }
    }

    private JointOffer find(Long offerId) {
        return offers.findById(offerId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        return readOnly.execute(status -> work.get());
    }

    private <T> T write(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
