package fr.metamut.offer.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many people saving one offer at once, each from the version they read: every save is either in the
 * history or reported to its author as a conflict on the field they changed; nothing is lost silently.
 */
@IntegrationTest
class OfferSaveRaceTest {

    private static final int THREADS = 10;
    private static final int SAVES_PER_THREAD = 100;
    private static final List<OfferField> FIELDS =
            List.of(OfferField.TITLE, OfferField.SUMMARY, OfferField.BENEFITS, OfferField.BUDGET_TOTAL);

    /** One save: the field changed, the value written, and whether it was accepted or refused as a conflict. */
    private record Outcome(OfferField field, String value, boolean accepted, List<OfferField> conflicts) {
    }

    @Autowired
    OfferService offers;
    @Autowired
    OfferHistoryService history;
    @Autowired
    OfferFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void a_thousand_saves_from_ten_threads_are_each_in_the_history_or_reported_as_a_conflict() throws Exception {
        Long id = fixtures.offerIn(OfferStatus.BROUILLON).getId();
        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    users.login(thread % 2 == 0 ? OfferFixtures.LEAD : OfferFixtures.PARTNER);
                    start.await();
                    try {
                        for (int i = 0; i < SAVES_PER_THREAD; i++) {
                            outcomes.add(saveOnce(id, FIELDS.get((thread + i) % FIELDS.size()), thread, i));
                        }
                    } finally {
                        users.logout();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).hasSize(THREADS * SAVES_PER_THREAD);
        List<Outcome> accepted = outcomes.stream().filter(Outcome::accepted).toList();
        List<Outcome> refused = outcomes.stream().filter(o -> !o.accepted()).toList();
        assertThat(refused).as("each refusal is a conflict on the field its author changed")
                .allSatisfy(o -> assertThat(o.conflicts()).containsExactly(o.field()));

        users.login(OfferFixtures.LEAD);
        // newest first; the creation's own entries (from nothing) are not saves of the race
        List<HistoryEntry> changes = history.history(id).stream()
                .filter(e -> e.kind() == HistoryEntry.Kind.FIELD && !e.oldValue().isEmpty()).toList();
        assertThat(changes.stream().map(e -> e.field() + "=" + e.newValue()))
                .as("every accepted save is in the history, and nothing else was written: 0 lost updates")
                .containsExactlyInAnyOrderElementsOf(accepted.stream().map(o -> o.field().name() + "=" + shown(o)).toList());
        OfferContent last = offers.get(id).content();
        for (OfferField field : FIELDS) {
            changes.stream().filter(e -> e.field().equals(field.name())).findFirst().ifPresent(newest ->
                    assertThat(newest.newValue()).as("%s holds its last accepted value", field)
                            .isEqualTo(OfferHistoryService.format(field, field.valueIn(last), Map.of(), Map.of())));
        }
    }

    /** Reads the offer, changes one field to a value of its own, saves from what it read. */
    private Outcome saveOnce(Long id, OfferField field, int thread, int i) {
        OfferContent base = offers.get(id).content();
        String marker = "#" + thread + "-" + i;
        Object value = field == OfferField.BUDGET_TOTAL ? new BigDecimal(1_000_000 + thread * 1000 + i) : "Texte " + marker;
        String written = String.valueOf(value);
        try {
            offers.save(id, base, base.with(field, value));
            return new Outcome(field, written, true, List.of());
        } catch (OfferConflictException conflict) {
            return new Outcome(field, written, false, conflict.getConflicts().stream().map(FieldConflict::field).toList());
        }
    }

    /** How the history shows the value (amounts in euros, French grouping: "1 001 005 €"). */
    private static String shown(Outcome outcome) {
        return outcome.field() == OfferField.BUDGET_TOTAL
                ? fr.metamut.base.domain.Amounts.format(new BigDecimal(outcome.value()), java.util.Locale.FRENCH) + " €"
                : outcome.value();
    }
}
