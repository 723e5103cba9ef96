package fr.metamut.benchmark;

import fr.metamut.workbook.domain.CopilWorkbook;
import fr.metamut.workbook.domain.WorkbookContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * The full workbook at national scale (coverage of {@link SyntheticCoverage#national()}, 2,000 joint offers,
 * 300 partnerships, 100 SWOT entries, 10,000 actions), exported in a child JVM started with {@code -Xmx256m}
 * as {@link CoverageBenchmark} does: POI's start-up (one-row workbook), the first export, warm-up exports,
 * then the median of the measured ones, and the heap pools' peak. A harness run by hand, not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) fr.metamut.benchmark.NationalWorkbookBenchmark
 * </pre>
 */
public final class NationalWorkbookBenchmark {

    static final int WARMUP = 3;
    static final int RUNS = 7;
    private static final String CHILD = "--child";

    private NationalWorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(CHILD)) {
            child();
            return;
        }
        System.out.println(ChildJvm.machine());
        System.out.println();
        System.out.println("| data (child JVM, -Xmx256m) | POI start-up (one-row workbook) | first export | median of "
                + RUNS + " after " + WARMUP + " warm-up | min / max | peak heap | workbook size |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        ChildJvm.run(NationalWorkbookBenchmark.class, CHILD).forEach(System.out::println);
    }

    private static void child() {
        WorkbookContent content = SyntheticWorkbook.national();
        WorkbookContent tiny = SyntheticCoverage.of(1, 1, 1, 1, 1).content();
        ChildJvm.Peak peak = ChildJvm.resetPeak();
        long start = System.nanoTime();
        export(tiny);
        long startup = System.nanoTime() - start;
        start = System.nanoTime();
        byte[] first = export(content);
        long cold = System.nanoTime() - start;
        for (int i = 0; i < WARMUP; i++) {
            export(content);
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            export(content);
            times[i] = System.nanoTime() - s;
        }
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| national, full (%d offers, %d partnerships, %d SWOT, %d actions) | %.0f ms | %.0f ms"
                        + " | %.0f ms | %.0f / %.0f ms | %.1f MiB (max heap %d MiB) | %d KiB |%n", content.offers().size(),
                content.partnerships().size(), content.swot().size(), content.actions().size(), ChildJvm.millis(startup),
                ChildJvm.millis(cold), ChildJvm.millis(ChildJvm.median(times)), ChildJvm.millis(sorted[0]),
                ChildJvm.millis(sorted[RUNS - 1]), peak.mebibytes(), Runtime.getRuntime().maxMemory() >> 20,
                first.length / 1024);
    }

    static byte[] export(WorkbookContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CopilWorkbook.write(content, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
