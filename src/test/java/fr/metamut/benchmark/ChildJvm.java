package fr.metamut.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the national benchmarks share with {@link CoverageBenchmark}'s child-JVM method: run a harness's
 * child in a JVM started with {@link CoverageBenchmark#CHILD_HEAP}, and measure the heap there as the sum of
 * the heap pools' peaks after {@code System.gc()} and a reset (an upper bound of the heap in use at once).
 */
final class ChildJvm {

    static final long TIMEOUT_MINUTES = 10;

    private ChildJvm() {
    }

    /** Runs {@code main} of {@code harness} with {@code args} in a child JVM; returns its lines starting with "| ". */
    static List<String> run(Class<?> harness, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, CoverageBenchmark.CHILD_HEAP, "-cp",
                System.getProperty("java.class.path"), harness.getName()));
        command.addAll(Arrays.asList(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || child.exitValue() != 0) {
            child.destroyForcibly();
            return List.of("| failed: " + output.strip().replace('\n', ' ') + " |");
        }
        return output.lines().filter(l -> l.startsWith("| ")).toList();
    }

    /** The heap pools, collected and with their peaks reset: call {@link Peak#mebibytes()} after the work. */
    static Peak resetPeak() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new Peak(heap);
    }

    record Peak(List<MemoryPoolMXBean> pools) {
        double mebibytes() {
            return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        }
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    static String machine() {
        return String.format(java.util.Locale.ROOT, "JVM %s, %d processors, max heap %d MiB, load average %.2f",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
