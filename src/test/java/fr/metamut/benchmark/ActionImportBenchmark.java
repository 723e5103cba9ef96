package fr.metamut.benchmark;

import fr.metamut.actionplan.domain.ActionRules;
import fr.metamut.imports.domain.ActionPlanImportPreview;
import fr.metamut.imports.domain.ImportFile;
import fr.metamut.imports.domain.ImportRejection;
import fr.metamut.workbook.domain.WorkbookContent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The action plan import at national scale: a workbook whose "Plan d'actions" sheet has 10,000 rows, written
 * by the real {@code ActionsSheet} through {@code CopilWorkbook}, then read with {@link ImportFile} and checked
 * with {@link ActionPlanImportPreview#of} against 10,000 existing actions held in a map (one in ten differs, so
 * CHANGED rows are compared too). This is the pure part of {@code ActionPlanImportService.preview}: without
 * Spring, it leaves out the database read of the actions, the permission check per row and
 * {@code ActionRules.validate} on the changed rows. Runs in a child JVM started with {@code -Xmx256m}.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) fr.metamut.benchmark.ActionImportBenchmark
 * </pre>
 */
public final class ActionImportBenchmark {

    static final int WARMUP = 3;
    static final int RUNS = 7;
    private static final String CHILD = "--child";

    private ActionImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(CHILD)) {
            child();
            return;
        }
        System.out.println(ChildJvm.machine());
        System.out.println();
        ChildJvm.run(ActionImportBenchmark.class, CHILD).forEach(System.out::println);
    }

    private static void child() {
        WorkbookContent content = SyntheticWorkbook.with(SyntheticCoverage.of(1, 1, 1, 1, 1).content(), 0, 0, 0,
                SyntheticWorkbook.ACTIONS, 42);
        byte[] file = NationalWorkbookBenchmark.export(content);
        Map<Long, ActionPlanImportPreview.Existing> existing = existing(content.actions());
        Map<String, String> statuses = labels(SyntheticWorkbook.ACTION_STATUSES, SyntheticWorkbook.ACTION_STATUS_NAMES);
        Map<String, String> priorities = labels(SyntheticWorkbook.PRIORITIES, SyntheticWorkbook.PRIORITY_NAMES);
        LocalDate today = LocalDate.now();
        ImportFile.secure();
        String fits;
        ChildJvm.Peak peak = ChildJvm.resetPeak();
        long firstStart = System.nanoTime();
        try {
            ImportFile.read(file, ImportFile.DEFAULT_MAX_BYTES, ActionPlanImportPreview.SHEET, ActionPlanImportPreview.HEADERS, true,
                    ActionPlanImportPreview::line);
            fits = "accepted";
        } catch (ImportRejection e) {
            fits = "refused (" + e.getMessage() + ")";
        }
        long firstRead = System.nanoTime() - firstStart;
        double firstPeak = peak.mebibytes();
        peak = ChildJvm.resetPeak();
        long[] read = new long[RUNS];
        long[] check = new long[RUNS];
        long firstCheck = 0;
        double onePeak = 0;
        ActionPlanImportPreview plan = null;
        for (int i = -WARMUP - 1; i < RUNS; i++) {
            long start = System.nanoTime();
            List<ActionPlanImportPreview.Line> lines = ImportFile.read(file, Long.MAX_VALUE, ActionPlanImportPreview.SHEET,
                    ActionPlanImportPreview.HEADERS, true, ActionPlanImportPreview::line);
            long readTime = System.nanoTime() - start;
            start = System.nanoTime();
            plan = ActionPlanImportPreview.of(lines, existing, statuses, priorities, ActionRules.FIRST_DUE_DATE,
                    ActionRules.lastDueDate(today));
            long checkTime = System.nanoTime() - start;
            if (i == -WARMUP - 1) {
                firstCheck = checkTime;
                onePeak = peak.mebibytes();
            } else if (i >= 0) {
                read[i] = readTime;
                check[i] = checkTime;
            }
        }
        double heap = peak.mebibytes();
        long[] total = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            total[i] = read[i] + check[i];
        }
        System.out.printf(Locale.ROOT, "| file | %d rows, %d KiB; with the default 2 MiB limit: %s |%n",
                plan.rows().size(), file.length / 1024, fits);
        System.out.printf(Locale.ROOT, "| rows | %d CHANGED, %d UNCHANGED, %d ERROR |%n",
                plan.count(ActionPlanImportPreview.Status.CHANGED), plan.count(ActionPlanImportPreview.Status.UNCHANGED),
                plan.count(ActionPlanImportPreview.Status.ERROR));
        System.out.printf(Locale.ROOT, "| first read (POI start-up included), first check | read %.0f ms, check %.0f ms |%n",
                ChildJvm.millis(firstRead), ChildJvm.millis(firstCheck));
        System.out.printf(Locale.ROOT, "| median of %d after %d warm-up | read %.0f ms, check %.1f ms, total %.0f ms |%n",
                RUNS, WARMUP, ChildJvm.millis(ChildJvm.median(read)), ChildJvm.millis(ChildJvm.median(check)),
                ChildJvm.millis(ChildJvm.median(total)));
        System.out.printf(Locale.ROOT, "| peak heap (sum of pool peaks) | first read alone %.1f MiB; second read + check %.1f MiB;"
                + " all %d runs %.1f MiB (max heap %d MiB) |%n", firstPeak, onePeak, RUNS + WARMUP + 1, heap,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The actions as the database would hold them: one in ten with another progress, so its row is CHANGED. */
    private static Map<Long, ActionPlanImportPreview.Existing> existing(List<WorkbookContent.Action> actions) {
        Map<Long, ActionPlanImportPreview.Existing> map = new HashMap<>();
        Random random = new Random(7);
        for (WorkbookContent.Action a : actions) {
            int progress = random.nextInt(10) == 0 ? (a.progress() + 5) % 101 : a.progress();
            ActionPlanImportPreview.Values values = new ActionPlanImportPreview.Values(a.due(),
                    SyntheticWorkbook.ACTION_STATUS_NAMES.get(SyntheticWorkbook.ACTION_STATUSES.indexOf(a.status())),
                    SyntheticWorkbook.PRIORITY_NAMES.get(SyntheticWorkbook.PRIORITIES.indexOf(a.priority())),
                    a.current(), progress);
            // the columns not imported are compared too, as the service does
            ActionPlanImportPreview.Fixed fixed = new ActionPlanImportPreview.Fixed(a.title(), a.owner(), a.contributors(),
                    a.indicator(), a.target() == null ? new ImportFile.Value(null, null, false)
                    : new ImportFile.Value(a.target().toPlainString(), a.target().doubleValue(), false));
            map.put(a.id(), new ActionPlanImportPreview.Existing(a.id(), 1, a.title(), values, ActionPlanImportPreview.Right.MANAGE,
                    fixed, null, null));
        }
        return map;
    }

    /** Labels as the service builds them: the French label and the enum name (case ignored by the import). */
    private static Map<String, String> labels(List<String> labels, List<String> names) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(labels.get(i), names.get(i));
            map.put(names.get(i), names.get(i));
        }
        return map;
    }
}
