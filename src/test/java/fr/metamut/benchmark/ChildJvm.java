package fr.metamut.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the national benchmarks share with {@link CoverageBenchmark}'s child-JVM method: run a harness's
 * child in a JVM started with {@link CoverageBenchmark#CHILD_HEAP}, and measure the heap there as the sum of
 * the heap pools' peaks after {@code System.gc()} and a reset (an upper bound of the heap in use at once).
 * Tests that need a JVM of their own (one they can kill, say) start it with {@link #start}.
 */
public final class ChildJvm {

    /** Longest child run (the database import harness takes ~3 minutes, 15 before its fix). */
    static final long TIMEOUT_MINUTES = 20;

    private ChildJvm() {
    }

    /** Runs {@code main} of {@code harness} with {@code args} in a child JVM; returns its lines starting with "| ". */
    static List<String> run(Class<?> harness, String... args) throws IOException, InterruptedException {
        return run(harness, List.of(CoverageBenchmark.CHILD_HEAP), args);
    }

    /** As {@link #run(Class, String...)}, with the child's JVM options (e.g. none: the JVM's default heap). */
    static List<String> run(Class<?> harness, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        // output to a file, not a pipe read to its end: reading would block past the timeout
        Path log = Files.createTempFile("metamut-benchmark-", ".log");
        try {
            Process child = start(harness, jvmOptions, log, Path.of("").toAbsolutePath(), args);
            boolean finished = child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                child.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!finished || child.exitValue() != 0) {
                return List.of("| failed" + (finished ? "" : " (over " + TIMEOUT_MINUTES + " min)") + ": "
                        + output.strip().replace('\n', ' ') + " |");
            }
            return output.lines().filter(l -> l.startsWith("| ")).toList();
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * Starts {@code main} of {@code harness} with {@code args} in a child JVM on this JVM's class path, its
     * standard output and error going to {@code output}; the caller waits for it, or kills it.
     */
    public static Process start(Class<?> harness, Path output, String... args) throws IOException {
        return start(harness, output, Path.of("").toAbsolutePath(), args);
    }

    /** {@link #start(Class, Path, String...)} in the working directory {@code directory}. */
    public static Process start(Class<?> harness, Path output, Path directory, String... args) throws IOException {
        return start(harness, List.of(CoverageBenchmark.CHILD_HEAP), output, directory, args);
    }

    private static Process start(Class<?> harness, List<String> jvmOptions, Path output, Path directory,
                                 String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), harness.getName()));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
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
