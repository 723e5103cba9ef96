package fr.metamut.coverage.service;

import fr.metamut.base.domain.DataChangedEvent;
import fr.metamut.catalog.domain.CatalogChangedEvent;
import fr.metamut.catalog.domain.OfferingsChangedEvent;
import fr.metamut.collaboration.service.ChangedOnAnotherNode;
import fr.metamut.coverage.domain.CoverageChangedEvent;
import fr.metamut.coverage.domain.matrix.CoverageCalculator;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One coverage matrix for everybody, computed once per change: every open screen (matrix, map, dashboard,
 * desks) and every export reads the same one instead of each computing its own from the database.
 *
 * <p>A committed change of the offerings or of the catalogue moves the version at once, in the committing
 * thread, so whoever reads next (the saver first of all) computes the new matrix. The open screens are told
 * a short moment later from a thread of this class, never the saver's request: a burst of changes (an
 * import, several directors saving together) is told once, and the screens' refreshes, each run in its
 * user's UI, all find the matrix already computed by the first of them.
 *
 * <p>A change that moves no cell (an offering's note, a change undone before the screens were told) is told to
 * nobody: the announcement compares the new input with the one the screens were last told of, and with every one
 * served since, and tells only when one differs. A change of the catalogue is always told, as the screens show
 * more of it than the matrix holds (an operator's home département on a desk).
 *
 * <p>A change committed on another node sharing the database ({@link ChangedOnAnotherNode}) moves the version
 * too, but is not told to the screens from here: the node that made it tells them, its coverage topic travels to
 * this node like any other.
 */
@Component
class SharedCoverage implements DisposableBean {

    /** How long a burst of changes is gathered before the open screens are told. */
    static final Duration GATHERING = Duration.ofMillis(100);

    private static final Logger LOG = LoggerFactory.getLogger(SharedCoverage.class);
    private static final Set<String> INPUTS = Set.of(OfferingsChangedEvent.TOPIC, CatalogChangedEvent.TOPIC);

    /** The matrix and the input it was computed from, as of a version of the data. */
    record Snapshot(long version, CoverageInput input, CoverageMatrix matrix) {
    }

    private final ApplicationEventPublisher events;
    private final CoverageInputReader reader;
    private final AtomicLong version = new AtomicLong();
    private final AtomicLong computations = new AtomicLong();
    private final AtomicBoolean announcing = new AtomicBoolean();
    private final AtomicLong announcementsScheduled = new AtomicLong();
    private final AtomicLong announcementsMade = new AtomicLong();
    private final ScheduledExecutorService announcer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("coverage-announcer").daemon().factory());
    private final AtomicBoolean catalogueChanged = new AtomicBoolean();
    private volatile Snapshot latest;
    /** The input the open screens were last told of, or the one of the data at start; guarded by {@code this}. */
    private CoverageInput told;
    /** Whether a matrix of another input than {@link #told} was served since; guarded by {@code this}. */
    private boolean servedAnother;

    SharedCoverage(ApplicationEventPublisher events, CoverageInputReader reader) {
        this.events = events;
        this.reader = reader;
    }

    /**
     * The matrix of the current data, computed only when the data changed since the last one. Inside a
     * transaction that may write, the data may hold changes not committed yet (and perhaps never): computed for
     * that caller alone, not shared. Outside any transaction the data is what was committed: shared.
     */
    Snapshot current() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute(version.get());
        }
        Snapshot known = latest;
        if (known != null && known.version() == version.get()) {
            return known;
        }
        synchronized (this) {
            long now = version.get(); // read before the data: a change committed meanwhile moves it again
            known = latest;
            if (known == null || known.version() != now) {
                known = compute(now);
                latest = known;
                if (told == null && now == 0) {
                    told = known.input(); // no change since start: what any screen shows until one is told
                } else if (told != null && !told.equals(known.input())) {
                    servedAnother = true;
                }
            }
            return known;
        }
    }

    private Snapshot compute(long at) {
        CoverageInput data = reader.read();
        computations.incrementAndGet();
        return new Snapshot(at, data, CoverageCalculator.compute(data));
    }

    /** Whether every announcement scheduled so far has been made (for tests that count announcements). */
    boolean quiet() {
        return announcementsMade.get() == announcementsScheduled.get();
    }

    /** How many matrices have been computed since start (one per change while screens follow it). */
    long computations() {
        return computations.get();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(DataChangedEvent event) {
        if (!INPUTS.contains(event.topic())) {
            return;
        }
        if (event.topic().equals(CatalogChangedEvent.TOPIC)) {
            catalogueChanged.set(true);
        }
        version.incrementAndGet();
        if (announcing.compareAndSet(false, true)) {
            announcementsScheduled.incrementAndGet();
            announcer.schedule(this::announce, GATHERING.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @EventListener
    void onChangeElsewhere(ChangedOnAnotherNode change) {
        if (change.concerns(INPUTS)) {
            version.incrementAndGet();
        }
    }

    private void announce() {
        announcing.set(false);
        long start = System.nanoTime();
        try {
            if (!moved()) {
                LOG.debug("Coverage change told to nobody: no cell moved");
                return;
            }
            events.publishEvent(new CoverageChangedEvent());
        } catch (RuntimeException e) {
            LOG.error("The open coverage screens could not all be told of a change", e);
        } finally {
            announcementsMade.incrementAndGet();
        }
        LOG.debug("Coverage change told to the open screens in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Whether the open screens must be told: the catalogue changed, or the current input (computed here, once, for
     * all the screens that will refresh) differs from one they may show. Under the lock that serves new matrices,
     * so that none is served between the comparison and the reset. Told too when the input cannot be read.
     */
    private boolean moved() {
        boolean catalogue = catalogueChanged.getAndSet(false);
        synchronized (this) {
            CoverageInput now;
            try {
                now = current().input();
            } catch (RuntimeException e) {
                LOG.warn("The coverage input could not be read to see what moved: the open screens are told", e);
                return true;
            }
            boolean moved = catalogue || servedAnother || told == null || !now.equals(told);
            told = now;
            servedAnother = false;
            return moved;
        }
    }

    @Override
    public void destroy() {
        announcer.shutdownNow();
    }
}
