package fr.metamut.benchmark;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.support.TestUsers;
import fr.metamut.imports.domain.GiantCell;
import fr.metamut.imports.domain.OfferingsImportPreview;
import fr.metamut.imports.domain.OfferingsTemplate;
import fr.metamut.imports.service.OfferingsImportFiles;
import fr.metamut.imports.service.OfferingsImportService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 10's import case: a 1.46 MB offerings file whose one note holds 46 million characters
 * ({@link GiantCell}), previewed through {@link OfferingsImportService#preview} by a director, alone (three
 * times) and by four directors at once (twice). The real application without a web server on an H2 file
 * database, in a child JVM with the JVM's default heap (as the issue's server had), so that the heap and the
 * resident memory show what the import takes rather than a limit. Per step: wall time, the heap pools' peak,
 * the process's peak resident memory (VmHWM, reset before the step through {@code /proc/self/clear_refs}) and
 * what each preview gave. A harness run by hand, not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) fr.metamut.benchmark.GiantCellImportBenchmark
 * </pre>
 */
public final class GiantCellImportBenchmark {

    private static final String CHILD = "--child";
    private static final String PLACEHOLDER = "@@LONG@@";
    private static final int AT_ONCE = 4;

    private GiantCellImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals(CHILD)) {
            child();
            return;
        }
        System.out.println(ChildJvm.machine());
        System.out.println();
        ChildJvm.run(GiantCellImportBenchmark.class, List.of(), CHILD).forEach(System.out::println);
    }

    private static void child() throws Exception {
        Path folder = Files.createTempDirectory("metamut-bench");
        try (ConfigurableApplicationContext context = HeadlessApplication.builder()
                .run(HeadlessApplication.h2FileIn(folder))) {
            TestUsers users = context.getBean(TestUsers.class);
            OfferingsImportService imports = context.getBean(OfferingsImportService.class);
            users.login(TestUsers.DIRECTOR_SOMME_NUM);
            ByteArrayOutputStream template = new ByteArrayOutputStream();
            imports.writeTemplate(imports.template(), template);
            byte[] file = GiantCell.inflate(OfferingsImportFiles.edit(template.toByteArray(),
                    w -> w.getSheet(OfferingsTemplate.SHEET).getRow(1).createCell(3).setCellValue(PLACEHOLDER)),
                    PLACEHOLDER, GiantCell.ISSUE_CHARS);
            System.out.printf(Locale.ROOT, "| file | %,d bytes, one note of %,d characters | JVM max heap %,d MiB |%n",
                    file.length, GiantCell.ISSUE_CHARS, Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("| step | wall time | heap in use before | heap pools' peak | peak resident (VmHWM) |"
                    + " resident before | outcome |");
            for (int run = 1; run <= 3; run++) {
                step("alone, run " + run, () -> List.of(preview(imports, file)));
            }
            for (int run = 1; run <= 2; run++) {
                step(AT_ONCE + " at once, run " + run, () -> atOnce(users, imports, file));
            }
        } finally {
            HeadlessApplication.delete(folder);
        }
    }

    /** Work that returns the outcome of each preview. */
    private interface Work {
        List<String> run() throws Exception;
    }

    private static void step(String name, Work work) throws Exception {
        ChildJvm.Peak peak = ChildJvm.resetPeak();
        double before = peak.mebibytes();
        long residentBefore = status("VmRSS");
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        long start = System.nanoTime();
        List<String> outcomes = work.run();
        long time = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "| %s | %,.0f ms | %,.0f MiB | %,.0f MiB | %,d MiB | %,d MiB | %s |%n", name,
                ChildJvm.millis(time), before, peak.mebibytes(), status("VmHWM") >> 10, residentBefore >> 10,
                String.join("; ", outcomes));
    }

    private static List<String> atOnce(TestUsers users, OfferingsImportService imports, byte[] file) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                results.add(pool.submit(() -> {
                    users.login(TestUsers.DIRECTOR_SOMME_NUM);
                    start.await();
                    long begin = System.nanoTime();
                    String outcome = preview(imports, file);
                    return outcome + String.format(Locale.ROOT, " (%,.0f ms)", ChildJvm.millis(System.nanoTime() - begin));
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    /** What the preview gave: the long row's status and message key, or the refusal's key. */
    private static String preview(OfferingsImportService imports, byte[] file) {
        try {
            OfferingsImportPreview plan = imports.preview(file);
            OfferingsImportPreview.Item item = plan.rows().stream().filter(i -> i.line() == 2).findFirst().orElseThrow();
            return item.status() + " " + (item.error() == null ? "" : item.error().messageKey() + " "
                    + item.error().arguments().getFirst()) + ", note kept " + String.format(Locale.ROOT, "%,d",
                    item.note() == null ? 0 : item.note().length()) + " chars";
        } catch (UserFacingException e) {
            return "refused " + e.getMessageKey();
        } catch (OutOfMemoryError e) {
            return "OutOfMemoryError";
        }
    }

    /** A figure of {@code /proc/self/status} in KiB (VmRSS, VmHWM). */
    private static long status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }
}
