package fr.metamut.benchmark;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.actionplan.service.LinkOption;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.support.TestUsers;
import fr.metamut.imports.domain.ActionPlanImportPreview;
import fr.metamut.workbook.domain.WorkbookContent;
import fr.metamut.imports.service.ActionPlanImportService;
import fr.metamut.imports.service.OfferingsImportFiles;
import fr.metamut.workbook.service.WorkbookService;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The action plan import at national scale, database part included: the real application (Flyway, reference
 * data, demo accounts) without a web server, on an H2 file database in a temporary folder (the default
 * profile's kind of database), in a child JVM started with {@code -Xmx256m}. As the coordinator, it creates
 * 10,000 actions one by one through {@link ActionPlanService#create} (mixed owners, contributors, statuses, due
 * dates, indicators, links to validated joint offers, SWOT items and coverage gaps; Envers rows and events as
 * in production), then runs the round trip a first time and {@link #RUNS} more times: export
 * ({@link WorkbookService#content()} then {@link WorkbookService#write(WorkbookContent, java.io.OutputStream)}),
 * one row in ten's Statut and Avancement changed with POI (not timed; other rows each run), then
 * {@link ActionPlanImportService#preview} and {@link ActionPlanImportService#apply} of that file. Each run
 * exports afresh, so its apply changes rows again and the file is never older than the data. One more run
 * with Hibernate's statistics on counts the SQL statements of each step. A harness run by hand, not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) fr.metamut.benchmark.ActionImportDatabaseBenchmark
 * </pre>
 */
public final class ActionImportDatabaseBenchmark {

    static final int ACTIONS = 10_000;
    static final int OFFERS = 20;
    /** One row in this many is changed in each run's file: ~1,000 of 10,000. */
    static final int CHANGE_EVERY = 10;
    static final int RUNS = 5;
    private static final String CHILD = "--child";
    private static final int STATUS = ActionPlanImportPreview.HEADERS.indexOf("Statut");
    private static final int PROGRESS = ActionPlanImportPreview.HEADERS.indexOf("Avancement");
    private static final List<String> NOT_DONE = List.of("À faire", "En cours", "Bloqué");
    private static final List<String> STEPS = List.of("export: WorkbookService.content()",
            "export: WorkbookService.write(content, out)", "preview: ActionPlanImportService.preview(bytes)",
            "apply: ActionPlanImportService.apply(bytes, name)");

    private ActionImportDatabaseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals(CHILD)) {
            child(args.length > 1 ? Integer.parseInt(args[1]) : ACTIONS);
            return;
        }
        System.out.println(ChildJvm.machine());
        System.out.println();
        ChildJvm.run(ActionImportDatabaseBenchmark.class, CHILD).forEach(System.out::println);
    }

    private static void child(int count) throws IOException {
        Path folder = Files.createTempDirectory("metamut-bench");
        double loadBefore = load();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = HeadlessApplication.builder()
                .run(HeadlessApplication.h2FileIn(folder))) {
            long startup = System.nanoTime() - start;
            new Harness(context).run(count, startup, loadBefore);
        } finally {
            HeadlessApplication.delete(folder);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Times of one step over the first run and the measured ones, with the heap pools' peak of each. */
    private static final class Step {
        long first;
        double firstPeak;
        final long[] times = new long[RUNS];
        double maxPeak;

        void record(int run, long nanos, double peak) {
            if (run < 0) {
                first = nanos;
                firstPeak = peak;
            } else {
                times[run] = nanos;
                maxPeak = Math.max(maxPeak, peak);
            }
        }

        String row(String name) {
            long[] sorted = times.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "| %s | %,.0f ms | %,.0f ms | %,.0f / %,.0f ms | %.1f / %.1f MiB |", name,
                    ChildJvm.millis(first), ChildJvm.millis(ChildJvm.median(times)), ChildJvm.millis(sorted[0]),
                    ChildJvm.millis(sorted[RUNS - 1]), firstPeak, maxPeak);
        }
    }

    private static final class Harness {

        private final TestUsers users;
        private final ActionPlanService plan;
        private final CatalogService catalog;
        private final OfferFixtures offers;
        private final WorkbookService workbooks;
        private final ActionPlanImportService imports;
        private final Statistics statistics;
        private final Step[] steps = {new Step(), new Step(), new Step(), new Step()};
        private final List<String> counts = new ArrayList<>();
        private String rows = "";

        Harness(ConfigurableApplicationContext context) {
            users = context.getBean(TestUsers.class);
            plan = context.getBean(ActionPlanService.class);
            catalog = context.getBean(CatalogService.class);
            offers = context.getBean(OfferFixtures.class);
            workbooks = context.getBean(WorkbookService.class);
            imports = context.getBean(ActionPlanImportService.class);
            statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        }

        void run(int count, long startup, double loadBefore) {
            long start = System.nanoTime();
            List<Long> offerIds = new ArrayList<>();
            for (int i = 0; i < OFFERS; i++) {
                offerIds.add(offers.offerIn(OfferStatus.VALIDEE).getId());
            }
            long offerTime = System.nanoTime() - start;
            users.login(TestUsers.COORDINATOR);
            List<ActionContent> contents = contents(count, offerIds);
            start = System.nanoTime();
            for (ActionContent content : contents) {
                plan.create(content);
            }
            long creation = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "| setup | context start-up (Flyway, reference data, demo accounts) %.1f s;"
                            + " %d validated joint offers %.1f s; %,d actions created one by one through"
                            + " ActionPlanService.create %.1f s (%.2f ms each) |%n", startup / 1e9, OFFERS,
                    offerTime / 1e9, count, creation / 1e9, ChildJvm.millis(creation) / count);
            double liveBefore = live();
            double loadStart = load();
            for (int run = -1; run < RUNS; run++) {
                roundTrip(run, false);
            }
            double loadEnd = load();
            roundTrip(RUNS, true);
            System.out.println("| step | first run | median of " + RUNS + " next | min / max of those | peak heap, first"
                    + " / max of those (sum of pool peaks) |");
            System.out.println("| --- | --- | --- | --- | --- |");
            for (int i = 0; i < steps.length; i++) {
                System.out.println(steps[i].row(STEPS.get(i)));
            }
            System.out.println("| rows (last run) | " + rows + " |");
            counts.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "| live heap after System.gc() | %.1f MiB before the runs, %.1f MiB after;"
                    + " max heap %d MiB |%n", liveBefore, live(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "| load average (1 min) | %.2f at start, %.2f before the runs, %.2f after |%n",
                    loadBefore, loadStart, loadEnd);
        }

        /** Export, change one row in ten with POI, preview, apply; {@code counted}: with Hibernate's statistics. */
        private void roundTrip(int run, boolean counted) {
            WorkbookContent[] content = new WorkbookContent[1];
            byte[][] exported = new byte[1][];
            measure(0, run, counted, () -> content[0] = workbooks.content());
            measure(1, run, counted, () -> exported[0] = write(content[0]));
            content[0] = null;
            int[] changed = new int[1];
            byte[] file = OfferingsImportFiles.edit(exported[0], w -> changed[0] = change(w.getSheet(ActionPlanImportPreview.SHEET), run));
            exported[0] = null;
            ActionPlanImportPreview[] preview = new ActionPlanImportPreview[1];
            measure(2, run, counted, () -> preview[0] = imports.preview(file));
            ActionPlanImportPreview checked = preview[0];
            preview[0] = null;
            if (checked.hasErrors()) {
                throw new IllegalStateException("the preview has errors: " + checked.rows().stream()
                        .filter(i -> i.status() == ActionPlanImportPreview.Status.ERROR).findFirst().orElseThrow());
            }
            int[] applied = new int[1];
            measure(3, run, counted, () -> applied[0] = imports.apply(file, "plan.xlsx").changed());
            rows = String.format(Locale.ROOT, "file %,d KiB, %,d rows changed in it; preview %,d CHANGED, %,d UNCHANGED,"
                            + " %,d ERROR; apply changed %,d", file.length / 1024, changed[0],
                    checked.count(ActionPlanImportPreview.Status.CHANGED), checked.count(ActionPlanImportPreview.Status.UNCHANGED),
                    checked.count(ActionPlanImportPreview.Status.ERROR), applied[0]);
        }

        private void measure(int step, int run, boolean counted, Runnable work) {
            if (counted) {
                statistics.clear();
                statistics.setStatisticsEnabled(true);
                work.run();
                statistics.setStatisticsEnabled(false);
                counts.add(count(STEPS.get(step)));
                return;
            }
            ChildJvm.Peak peak = ChildJvm.resetPeak();
            long start = System.nanoTime();
            work.run();
            steps[step].record(run, System.nanoTime() - start, peak.mebibytes());
        }

        /** What Hibernate counted for one step: totals, the most repeated queries, what was fetched on its own. */
        private String count(String step) {
            String queries = top(statistics.getQueries(), q -> statistics.getQueryStatistics(q).getExecutionCount());
            String entities = top(statistics.getEntityNames(), e -> statistics.getEntityStatistics(e).getFetchCount());
            String collections = top(statistics.getCollectionRoleNames(),
                    r -> statistics.getCollectionStatistics(r).getFetchCount());
            return String.format(Locale.ROOT, "| SQL, %s | %,d JDBC statements prepared, %,d queries (HQL/SQL), %,d"
                            + " entities loaded, %,d fetched on their own (%s), %,d collections fetched on their own (%s),"
                            + " %,d entity inserts, %,d updates, %,d flushes, %,d transactions; most run queries: %s |",
                    step, statistics.getPrepareStatementCount(), statistics.getQueryExecutionCount(),
                    statistics.getEntityLoadCount(), statistics.getEntityFetchCount(), entities,
                    statistics.getCollectionFetchCount(), collections, statistics.getEntityInsertCount(),
                    statistics.getEntityUpdateCount(), statistics.getFlushCount(), statistics.getTransactionCount(),
                    queries);
        }

        /** The four names with the highest non-zero counts, "n× name", most first. */
        private static String top(String[] names, ToLongFunction<String> count) {
            return Arrays.stream(names).map(n -> Map.entry(n, count.applyAsLong(n))).filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                    .map(e -> e.getValue() + "× " + e.getKey()).reduce((a, b) -> a + "; " + b).orElse("none");
        }

        private byte[] write(WorkbookContent content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                workbooks.write(content, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        /**
         * Changes the Statut (to another not-done status) and the Avancement of one data row in
         * {@link #CHANGE_EVERY}, other rows in each run; returns how many.
         */
        private static int change(Sheet sheet, int run) {
            int changed = 0;
            int index = 0;
            for (Row row : sheet) {
                Cell id = row.getCell(0);
                if (id == null || id.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                if (Math.floorMod(index++ + run, CHANGE_EVERY) != 0) {
                    continue;
                }
                Cell status = row.getCell(STATUS);
                String now = status.getStringCellValue();
                String next = NOT_DONE.get((NOT_DONE.indexOf(now) + 1 + NOT_DONE.size()) % NOT_DONE.size());
                // the export writes inline strings, which POI's setters would leave as read
                status.setBlank();
                status.setCellValue(next);
                Cell progress = row.getCell(PROGRESS);
                progress.setCellValue(((Math.round(progress.getNumericCellValue() * 100) + 7) % 100) / 100.0);
                changed++;
            }
            return changed;
        }

        /**
         * The actions to create: owners spread over the operators, 0–2 contributors, all statuses and
         * priorities, one in ten without a due date, half with an indicator, links to the offers, SWOT items and
         * gaps (fixed seed).
         */
        private List<ActionContent> contents(int count, List<Long> offerIds) {
            Random random = new Random(42);
            List<Long> operators = catalog.operators().stream().map(Operator::getId).toList();
            List<Long> swot = plan.swotOptions().stream().map(LinkOption::id).toList();
            List<String> services = catalog.services().stream().map(s -> s.getCode()).toList();
            List<String> departements = catalog.departements().stream().map(Departement::getCode).toList();
            ActionStatus[] statuses = ActionStatus.values();
            ActionPriority[] priorities = ActionPriority.values();
            List<ActionContent> contents = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                Long owner = operators.get(random.nextInt(operators.size()));
                Set<Long> contributors = new HashSet<>();
                for (int c = random.nextInt(3); c > 0; c--) {
                    contributors.add(operators.get(random.nextInt(operators.size())));
                }
                contributors.remove(owner);
                ActionStatus status = statuses[random.nextInt(statuses.length)];
                int progress = status.done() ? 100 : status == ActionStatus.A_FAIRE ? 0 : random.nextInt(96);
                LocalDate due = random.nextInt(10) == 0 ? null : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(2500));
                boolean indicator = random.nextBoolean();
                int link = random.nextInt(10);
                contents.add(ActionContent.of("Action n° " + i + " du plan régional de mutualisation", owner)
                        .withOwner(owner, contributors)
                        .withSchedule(due, status, priorities[random.nextInt(priorities.length)], progress)
                        .withIndicator(indicator ? "Collectivités raccordées" : null,
                                indicator ? BigDecimal.valueOf(100) : null,
                                indicator ? BigDecimal.valueOf(random.nextInt(1000), 1) : null)
                        .withLinks(link < 2 ? offerIds.get(random.nextInt(offerIds.size())) : null,
                                link == 2 || link == 3 ? swot.get(random.nextInt(swot.size())) : null,
                                link == 4 ? services.get(random.nextInt(services.size())) : null,
                                link == 4 ? departements.get(random.nextInt(departements.size())) : null));
            }
            return contents;
        }

        /** Heap in use after a full collection. */
        private static double live() {
            System.gc();
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getUsage().getUsed()).sum() / 1048576.0;
        }
    }
}
