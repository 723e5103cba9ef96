package fr.metamut.benchmark;

import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.service.ChangedOnAnotherNode;
import fr.metamut.collaboration.service.ClusterChangeBridge;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.service.OfferService;
import fr.metamut.support.ClusterNodes;
import fr.metamut.support.ClusterNodes.Node;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * How long a save on one node takes to move the topic signal of another node sharing the PostgreSQL database
 * (issue 15: p95 ≤ 300 ms). A harness, not a test: it asserts nothing and prints its figures (BENCHMARKS.md,
 * "Live updates across two nodes"). Needs {@code METAMUT_TEST_PG_URL}; run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=ClusterPropagationBenchmark}.
 *
 * <p>Two whole nodes ({@link ClusterNodes}, schema {@code bench_two_nodes}); on A the lead director saves a new
 * title of a joint offer through {@link OfferService#save} ({@value #ROUNDS} times after {@value #WARM_UP} warm-up
 * saves, one at a time); on B a listener notes when the notice is applied, i.e. when B publishes
 * {@link ChangedOnAnotherNode} for the offer's topic, immediately before it moves that topic in its
 * {@link ChangeFeed}. Times are from just before the save call on A, and from its return (the commit done).
 */
@Tag("benchmark")
class ClusterPropagationBenchmark {

    private static final int WARM_UP = 20;
    private static final int ROUNDS = 200;

    @Test
    void propagation_of_a_save_on_node_a_to_the_signal_of_node_b() throws Exception {
        Path folder = Files.createTempDirectory("metamut-cluster-bench");
        try (ClusterNodes cluster = new ClusterNodes("bench_two_nodes")) {
            Node a = cluster.start("A", folder.resolve("a"), "--logging.level.root=WARN");
            Node b = cluster.start("B", folder.resolve("b"), "--logging.level.root=WARN");
            while (!a.bean(ClusterChangeBridge.class).listening() || !b.bean(ClusterChangeBridge.class).listening()) {
                Thread.onSpinWait();
            }
            OfferService offersOnA = a.bean(OfferService.class);
            JointOffer offer = a.as(OfferFixtures.LEAD, () -> offersOnA.create(a.bean(OfferFixtures.class).content("Banc")));
            String topic = OfferChangedEvent.topicOf(offer.getId());
            BlockingQueue<Long> toldOnB = new LinkedBlockingQueue<>();
            b.context().addApplicationListener((ApplicationListener<PayloadApplicationEvent<ChangedOnAnotherNode>>) event -> {
                if (event.getPayload().topic().equals(topic)) {
                    toldOnB.add(System.nanoTime());
                }
            });

            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<Double> fromCall = new ArrayList<>();
            List<Double> fromCommit = new ArrayList<>();
            List<Double> saveCalls = new ArrayList<>();
            OfferContent base = a.as(OfferFixtures.LEAD, () -> offersOnA.get(offer.getId())).content();
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                OfferContent current = base;
                OfferContent mine = current.with(OfferField.TITLE, "Banc " + round);
                toldOnB.clear();
                long start = System.nanoTime();
                base = a.as(OfferFixtures.LEAD, () -> offersOnA.save(offer.getId(), current, mine)).content();
                long returned = System.nanoTime();
                Long told = toldOnB.poll(10, TimeUnit.SECONDS);
                if (told == null) {
                    throw new IllegalStateException("B was not told in round " + round);
                }
                if (round >= WARM_UP) {
                    fromCall.add(millis(told - start));
                    fromCommit.add(millis(told - returned));
                    saveCalls.add(millis(returned - start));
                }
            }

            System.out.printf(Locale.ROOT, "%n=== Live updates across two nodes (%d saves on A) ===%n", ROUNDS);
            print("save call on A -> B's signal moves", fromCall);
            print("save returned on A -> B's signal moves", fromCommit);
            print("save call on A (commit included)", saveCalls);
            System.out.printf(Locale.ROOT, "load average (1 min) before / after the rounds: %.2f / %.2f%n", loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "JVM: %s, %d processors%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            HeadlessApplication.delete(folder);
        }
    }

    private static void print(String what, List<Double> times) {
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n", what,
                percentile(times, 50), percentile(times, 95), percentile(times, 100), times.size());
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
