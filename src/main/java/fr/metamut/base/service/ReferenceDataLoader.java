package fr.metamut.base.service;

import fr.metamut.base.domain.ReferenceDataLoad;
import fr.metamut.base.domain.ReferenceDataLoadRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads every reference dataset that this database has not loaded yet, while the application starts and
 * before its web server opens (a lifecycle phase ahead of the server's): the login page never answers
 * before the demo accounts and the reference data exist (issue 13: logins failed for 1.5–3 s after the
 * first 200 when this ran after the server). A dataset is loaded once:
 * its row in {@code reference_data_load} is written in the same transaction as its data, so a failed
 * load leaves nothing behind and a second start (or a second call) changes nothing — users' edits to
 * loaded rows are never overwritten.
 */
@Component
public class ReferenceDataLoader implements SmartLifecycle {

    /** Ahead of the web server's start (Spring Boot starts it in the last phases). */
    static final int PHASE = 0;

    /** The start-up step that times the loading (see {@link StartupReport}). */
    static final String STARTUP_STEP = "metamut.reference-data.load";

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final List<ReferenceDataSeeder> seeders;
    private final ReferenceDataLoadRepository loads;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationStartup startup;

    public ReferenceDataLoader(List<ReferenceDataSeeder> seeders, ReferenceDataLoadRepository loads,
                               TransactionTemplate transactions, Clock clock, ApplicationStartup startup) {
        this.seeders = seeders.stream().sorted(Comparator.comparingInt(ReferenceDataSeeder::order)).toList();
        this.loads = loads;
        this.transactions = transactions;
        this.clock = clock;
        this.startup = startup;
    }

    private volatile boolean running;
    private volatile boolean loaded;

    @Override
    public void start() {
        seeders.forEach(seeder -> seeder.files().forEach(ReferenceCsv::check));
        StartupStep step = startup.start(STARTUP_STEP);
        try {
            step.tag("loaded", String.valueOf(loadMissing()));
        } finally {
            step.end();
        }
        loaded = true;
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * Whether this application has made sure every dataset is loaded (its start is done): the readiness probe
     * says the application is out of service until then.
     */
    public boolean loaded() {
        return loaded;
    }

    /** Loads the datasets not loaded yet and returns how many were loaded. */
    public int loadMissing() {
        int loaded = 0;
        for (ReferenceDataSeeder seeder : seeders) {
            Boolean done = transactions.execute(status -> {
                if (loads.existsById(seeder.dataset())) {
                    return false;
                }
                int rows = seeder.load();
                loads.save(new ReferenceDataLoad(seeder.dataset(), Instant.now(clock), rows));
                LOG.info("Reference dataset {} loaded: {} rows", seeder.dataset(), rows);
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                loaded++;
            }
        }
        return loaded;
    }
}
