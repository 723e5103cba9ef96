package fr.metamut.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.service.OfferService;
import fr.metamut.offer.ui.component.OfferForm;
import fr.metamut.offer.ui.view.OfferEditorView;
import fr.metamut.support.KaribuTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long one user's save takes to reach the open editors of 20 co-editors, and how much server memory an
 * open editor holds. A harness, not a test: it asserts nothing and prints its figures (BENCHMARKS.md,
 * "Joint offers: live propagation"). Its name is not one Surefire picks up by default; run it with
 * {@code ./mvnw -B -q test -Dtest=OfferPropagationBenchmark}.
 *
 * <p>The editors are real {@link OfferEditorView}s (form, presence, discussion, history), built by Spring
 * and attached side by side to one Karibu UI, each following the change feed as in production. The partner
 * saves a new title through {@link OfferService#save}; an editor counts as reached when its title field
 * shows the new value. In this single UI the effects run one after the other in the saving thread, so the
 * n-th editor's time includes the full refresh (form, state, history) of the n-1 before it: an upper bound
 * of what 20 separate UIs, refreshed by Vaadin's executor on 2 cores, would see.
 */
@Tag("benchmark")
class OfferPropagationBenchmark extends KaribuTest {

    private static final int EDITORS = 20;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 40;
    private static final int MEMORY_EDITORS = 60;

    @Autowired
    OfferService offers;
    @Autowired
    OfferFixtures fixtures;

    @Test
    void propagation_of_a_save_to_20_open_editors_and_memory_per_editor() {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        login(OfferFixtures.LEAD);
        useFrench();

        long[] reachedAt = new long[EDITORS];
        List<OfferEditorView> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            OfferEditorView editor = openEditor(offer.getId());
            int index = i;
            ((TextField) _get(editor, OfferForm.class).fieldComponents().get(OfferField.TITLE))
                    .addValueChangeListener(change -> reachedAt[index] = System.nanoTime());
            editors.add(editor);
        }

        List<Double> latencies = new ArrayList<>();
        List<Double> lastEditor = new ArrayList<>();
        List<Double> saveCalls = new ArrayList<>();
        OfferContent base = offer.content();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            OfferContent current = base;
            OfferContent mine = new OfferContent("Titre " + round, current.summary(), current.benefits(),
                    current.budgetTotal(), current.startDate(), current.endDate(), current.partnerIds(),
                    current.serviceIds(), current.departementCodes(), current.milestones(), current.budgetShares(),
                    current.addressedCells());
            Arrays.fill(reachedAt, 0);
            long start = System.nanoTime();
            base = as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), current, mine)).content();
            long returned = System.nanoTime();
            if (round < WARM_UP) {
                continue;
            }
            saveCalls.add(millis(returned - start));
            long last = 0;
            for (long reached : reachedAt) {
                if (reached == 0) {
                    throw new IllegalStateException("An editor was not reached in round " + round);
                }
                latencies.add(millis(reached - start));
                last = Math.max(last, reached);
            }
            lastEditor.add(millis(last - start));
        }

        System.out.printf(Locale.ROOT, "%n=== Joint offers: live propagation (%d editors, %d rounds) ===%n", EDITORS, ROUNDS);
        System.out.printf(Locale.ROOT, "save -> editor shows it: p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n",
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 100), latencies.size());
        System.out.printf(Locale.ROOT, "save -> last of the %d editors: p50 %.1f ms, p95 %.1f ms%n",
                EDITORS, percentile(lastEditor, 50), percentile(lastEditor, 95));
        System.out.printf(Locale.ROOT, "save call incl. all refreshes: p50 %.1f ms, p95 %.1f ms%n",
                percentile(saveCalls, 50), percentile(saveCalls, 95));
        System.out.printf(Locale.ROOT, "load average (1 min) before / after the rounds: %.2f / %.2f%n", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long before = usedHeapAfterGc();
        List<OfferEditorView> more = new ArrayList<>();
        for (int i = 0; i < MEMORY_EDITORS; i++) {
            more.add(openEditor(offer.getId()));
        }
        long after = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "heap per open editor: %.0f KiB (%d more editors: %+.1f MiB after GC)%n",
                (after - before) / 1024.0 / MEMORY_EDITORS, MEMORY_EDITORS, (after - before) / 1024.0 / 1024.0);
        System.out.printf(Locale.ROOT, "JVM: %s, %d processors, max heap %d MiB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1024 / 1024);
        // keep the editors reachable until measured
        System.out.println("editors open: " + (editors.size() + more.size()));
    }

    /** A real editor for the offer, built by Spring, entered as the router would, and attached. */
    private OfferEditorView openEditor(Long offerId) {
        OfferEditorView editor = context.getAutowireCapableBeanFactory().createBean(OfferEditorView.class);
        BeforeEnterEvent enter = mock(BeforeEnterEvent.class);
        when(enter.getRouteParameters()).thenReturn(new RouteParameters("id", String.valueOf(offerId)));
        editor.beforeEnter(enter);
        UI.getCurrent().add(editor);
        return editor;
    }

    private <T> T as(String username, java.util.function.Supplier<T> call) {
        SecurityContext mine = SecurityContextHolder.getContext();
        try {
            users.login(username);
            return call.get();
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
