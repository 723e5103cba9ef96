package fr.metamut.benchmark;

import fr.metamut.base.ui.TranslationProvider;
import fr.metamut.copil.domain.Baseline;
import fr.metamut.copil.domain.BaselineCodec;
import fr.metamut.copil.domain.Comparison;
import fr.metamut.copil.domain.Decision;
import fr.metamut.copil.domain.DecisionLink;
import fr.metamut.copil.domain.FollowUp;
import fr.metamut.copil.domain.SinceLastMeetingSheet;
import fr.metamut.workbook.domain.Labels;
import fr.metamut.workbook.domain.WorkbookContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * COPIL baselines at national scale ({@link SyntheticWorkbook#national()}: 101 départements, 300 operators, 60
 * services, 20,000 offerings, 2,000 offers, 10,000 actions, 300 partnerships, 100 SWOT items), in a child JVM
 * started with {@code -Xmx256m}: the baseline's stored size; freezing one (building it from data already read,
 * then encoding: JSON and gzip); reading one back; comparing two (a tenth of everything changed between them); and
 * the workbook with its "Depuis le dernier COPIL" sheet. The database reads a real freeze also makes are those of
 * the workbook's {@code content()}, measured in the action-import benchmark. A harness run by hand, not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) fr.metamut.benchmark.CopilBenchmark
 * </pre>
 */
public final class CopilBenchmark {

    static final int WARMUP = 3;
    static final int RUNS = 7;
    private static final String CHILD = "--child";

    private CopilBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(CHILD)) {
            child();
            return;
        }
        System.out.println(ChildJvm.machine());
        System.out.println();
        System.out.println("| step (national, child JVM -Xmx256m) | first | median of " + RUNS + " after " + WARMUP
                + " warm-up | min / max | peak heap |");
        System.out.println("| --- | --- | --- | --- | --- |");
        ChildJvm.run(CopilBenchmark.class, CHILD).forEach(System.out::println);
    }

    private static void child() {
        WorkbookContent content = SyntheticWorkbook.national();
        Labels labels = Labels.of(TranslationProvider.load("fr"), Locale.FRENCH);
        Instant spring = Instant.parse("2027-03-14T10:00:00Z");
        Instant summer = Instant.parse("2027-06-20T10:00:00Z");
        Baseline before = baseline(content, spring, new Random(1), false);
        Baseline after = baseline(content, summer, new Random(2), true);
        byte[] stored = BaselineCodec.encode(before);
        System.out.printf(Locale.ROOT, "| baseline stored (JSON, gzip) | %,d bytes (%,d KiB); JSON %,d KiB | | | |%n",
                stored.length, stored.length / 1024, json(before) / 1024);
        measure("freeze (build the baseline from the data read, encode)", () -> BaselineCodec.encode(
                baseline(content, summer, new Random(2), true)));
        measure("read a stored baseline (decode)", () -> BaselineCodec.decode(Baseline.FORMAT, stored));
        Comparison comparison = Comparison.of(before, after, labels);
        System.out.printf(Locale.ROOT, "| comparison rows | %,d | | | |%n", comparison.changes().size());
        byte[] storedAfter = BaselineCodec.encode(after);
        measure("compare two stored baselines (decode both, compare)", () -> Comparison.of(
                BaselineCodec.decode(Baseline.FORMAT, stored), BaselineCodec.decode(Baseline.FORMAT, storedAfter), labels));
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            followUps.add(FollowUp.of(new Decision("Décision " + i, DecisionLink.ACTION, (long) i * 97, "Action " + i),
                    after, labels));
        }
        SinceLastMeetingSheet sheet = new SinceLastMeetingSheet(new SinceLastMeetingSheet.Content(
                new SinceLastMeetingSheet.Heading(LocalDate.of(2027, 3, 14), "COPIL de printemps"),
                new SinceLastMeetingSheet.Heading(LocalDate.of(2027, 6, 20), "COPIL d’été"), comparison, followUps,
                List.of(), content.exportDate()), labels);
        WorkbookContent withSheet = content.withSupplements(List.of(sheet));
        measure("workbook with its comparison sheet (write)", () -> NationalWorkbookBenchmark.export(withSheet));
        byte[] file = NationalWorkbookBenchmark.export(withSheet);
        System.out.printf(Locale.ROOT, "| workbook size | %,d KiB | | | |%n", file.length / 1024);
    }

    private static long json(Baseline baseline) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(BaselineCodec.encode(baseline)))) {
            return in.readAllBytes().length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void measure(String step, Supplier<?> work) {
        ChildJvm.Peak peak = ChildJvm.resetPeak();
        long start = System.nanoTime();
        work.get();
        long first = System.nanoTime() - start;
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - s;
        }
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f / %.0f ms | %.1f MiB |%n", step,
                ChildJvm.millis(first), ChildJvm.millis(ChildJvm.median(times)), ChildJvm.millis(sorted[0]),
                ChildJvm.millis(sorted[RUNS - 1]), peak.mebibytes());
    }

    /**
     * The national data as a baseline; {@code changed}: about a tenth of everything differs (offerings dropped or
     * added, offers decided, actions completed or moved, partnerships ended, SWOT items reworded).
     */
    static Baseline baseline(WorkbookContent content, Instant at, Random random, boolean changed) {
        Baseline.Coverage coverage = Baseline.Coverage.of(content.matrix());
        if (changed) {
            List<Baseline.Service> services = new ArrayList<>();
            for (Baseline.Service service : coverage.services()) {
                List<List<Integer>> cells = new ArrayList<>();
                for (List<Integer> cell : service.offeredBy()) {
                    int roll = random.nextInt(10);
                    cells.add(roll == 0 ? List.of() : roll == 1 ? List.of(random.nextInt(coverage.operators().size())) : cell);
                }
                services.add(new Baseline.Service(service.code(), service.name(), service.family(), cells));
            }
            coverage = new Baseline.Coverage(coverage.departements(), coverage.operators(), services);
        }
        List<Baseline.Offer> offers = new ArrayList<>();
        for (int i = 0; i < content.offers().size(); i++) {
            WorkbookContent.Offer o = content.offers().get(i);
            boolean decided = changed && random.nextInt(10) == 0;
            offers.add(new Baseline.Offer(i + 1, o.title(), decided ? "VALIDEE" : "EN_INSTRUCTION", o.lead(), o.budget(),
                    at.minusSeconds(10_000_000), decided ? at.minusSeconds(1000) : null, decided ? o.rationale() : null));
        }
        List<Baseline.Action> actions = new ArrayList<>();
        for (WorkbookContent.Action a : content.actions()) {
            int roll = changed ? random.nextInt(10) : 9;
            actions.add(new Baseline.Action(a.id(), a.title(), a.owner(), roll == 0 ? "FAIT" : "EN_COURS", roll == 0,
                    roll == 1 && a.due() != null ? a.due().plusMonths(3) : a.due(), a.progress(), a.overdue()));
        }
        List<Baseline.Partnership> partnerships = new ArrayList<>();
        for (int i = 0; i < content.partnerships().size(); i++) {
            WorkbookContent.Partnership p = content.partnerships().get(i);
            partnerships.add(new Baseline.Partnership(i + 1, p.name(), changed && random.nextInt(10) == 0 ? "TERMINEE"
                    : "ACTIVE", p.parties(), p.start(), p.end()));
        }
        List<Baseline.SwotItem> swot = new ArrayList<>();
        for (int i = 0; i < content.swot().size(); i++) {
            WorkbookContent.SwotEntry s = content.swot().get(i);
            swot.add(new Baseline.SwotItem(i + 1, "STRENGTH", s.position(),
                    changed && random.nextInt(10) == 0 ? s.title() + " (revu)" : s.title(), s.description(), at));
        }
        return new Baseline(Baseline.FORMAT, at, LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/Paris")), coverage,
                offers, actions, partnerships, swot);
    }
}
