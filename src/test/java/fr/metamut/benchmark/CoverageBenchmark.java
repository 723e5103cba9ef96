package fr.metamut.benchmark;

import fr.metamut.coverage.domain.matrix.CoverageCalculator;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.domain.matrix.PublishedValue;
import fr.metamut.coverage.domain.matrix.Reconciliation;
import fr.metamut.support.ReportData;
import fr.metamut.workbook.domain.CopilWorkbook;
import fr.metamut.workbook.domain.WorkbookContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The coverage and workbook benchmark: a harness run by hand, not a test (timings on a shared machine
 * make poor assertions). Prints Markdown for BENCHMARKS.md.
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) fr.metamut.benchmark.CoverageBenchmark
 * </pre>
 *
 * <p>Coverage computation and in-process export are timed in this JVM after a warm-up (median and 95th
 * percentile). The export's memory is measured in a child JVM started with {@code -Xmx256m}: it resets
 * the peak usage of every heap pool, exports, and reports the sum of the pools' peaks (an upper bound of
 * the heap actually in use at once), plus the first (cold) export's time, as a user clicking once sees it.
 */
public final class CoverageBenchmark {

    static final int COVERAGE_WARMUP = 200;
    static final int COVERAGE_RUNS = 50;
    static final int EXPORT_WARMUP = 5;
    static final int EXPORT_RUNS = 20;
    static final String CHILD_HEAP = "-Xmx256m";
    private static final String CHILD = "--export-child";

    private CoverageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(CHILD)) {
            exportChild(args[1]);
            return;
        }
        System.out.printf("JVM %s, %d processors, max heap %d MiB, load average %.2f%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| data | step | wall median | wall p95 | CPU median | CPU p95 | runs |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (String scale : List.of("regional", "national")) {
            Data data = Data.of(scale);
            measure(scale, "coverage matrix (CoverageCalculator.compute)", COVERAGE_WARMUP, COVERAGE_RUNS,
                    () -> CoverageCalculator.compute(data.input()));
            measure(scale, "matrix + priority ranking + reconciliation", COVERAGE_WARMUP, COVERAGE_RUNS, () -> {
                CoverageMatrix matrix = CoverageCalculator.compute(data.input());
                return List.of(PriorityRanking.rank(matrix), Reconciliation.compare(matrix, data.published()));
            });
            WorkbookContent content = data.content();
            measure(scale, "workbook export (in memory)", EXPORT_WARMUP, EXPORT_RUNS, () -> export(content));
        }
        System.out.println();
        System.out.println("| data | POI start-up (first, one-row workbook) | first export | median of next 5 | peak heap |"
                + " workbook size |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (String scale : List.of("regional", "national")) {
            System.out.println(runChild(scale));
        }
    }

    /**
     * Wall-clock and CPU time of the measuring thread, median and 95th percentile. The machine is shared
     * (other builds run beside), so the thread's CPU time says what the work costs when wall-clock time
     * includes waiting for a core; garbage collection runs in other threads and is only in wall-clock time.
     */
    private static void measure(String scale, String step, int warmup, int runs, Supplier<Object> work) {
        for (int i = 0; i < warmup; i++) {
            blackhole(work.get());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            blackhole(work.get());
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %d |%n", scale, step,
                millis(median(wall)), millis(p95(wall)), millis(median(cpu)), millis(p95(cpu)), runs);
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static long p95(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    /**
     * In the child JVM: a one-row workbook first (what POI costs once per JVM: class loading, schema
     * initialisation), then the first real export, five more, and the heap pools' peak.
     */
    private static void exportChild(String scale) throws IOException {
        Data data = Data.of(scale);
        WorkbookContent content = data.content();
        WorkbookContent tiny = SyntheticCoverage.of(1, 1, 1, 1, 1).content();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        export(tiny);
        long startup = System.nanoTime() - start;
        start = System.nanoTime();
        byte[] first = export(content);
        long cold = System.nanoTime() - start;
        long[] warm = new long[5];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            export(content);
            warm[i] = System.nanoTime() - s;
        }
        Arrays.sort(warm);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.1f MiB (max heap %d MiB) | %d KiB |%n",
                scale, millis(startup), millis(cold), millis(median(warm)), peak / 1048576.0,
                Runtime.getRuntime().maxMemory() >> 20, first.length / 1024);
    }

    private static String runChild(String scale) throws IOException, InterruptedException {
        String line = ChildJvm.run(CoverageBenchmark.class, CHILD, scale).stream().findFirst()
                .orElse("| no result |");
        return line.startsWith("| failed") || line.equals("| no result |")
                ? "| " + scale + " " + line.substring(1) + " | | | |" : line;
    }

    private static byte[] export(WorkbookContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CopilWorkbook.write(content, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static volatile int sink;

    private static void blackhole(Object result) {
        sink += System.identityHashCode(result);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** The data of one scale: the 2021 report's, or the synthetic national one. */
    private record Data(CoverageInput input, List<PublishedValue> published, WorkbookContent content) {

        static Data of(String scale) {
            if (scale.equals("regional")) {
                ReportData reference = new ReportData();
                return new Data(reference.input(), reference.published(), reference.workbookContent());
            }
            SyntheticCoverage national = SyntheticCoverage.national();
            return new Data(national.input(), national.published(), national.content());
        }
    }
}
