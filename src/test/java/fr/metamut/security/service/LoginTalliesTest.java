package fr.metamut.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.security.domain.LoginTally;
import fr.metamut.security.domain.LoginTallyRepository;
import fr.metamut.security.service.LoginThrottle.Kind;
import fr.metamut.security.service.LoginThrottle.Tally;
import fr.metamut.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The login throttle's counts in the database, as every node shares them: attempts counted at once from many
 * threads (as from several nodes) are all counted, a key that starts afresh leaves no row, and the purge deletes
 * only what the throttle would treat as forgotten.
 */
@IntegrationTest
class LoginTalliesTest {

    @Autowired
    LoginTallies tallies;
    @Autowired
    LoginTallyRepository rows;
    @Autowired
    Clock clock;

    @Test
    void attempts_counted_at_once_from_many_threads_are_all_counted() throws Exception {
        int threads = 8;
        int each = 5;
        CyclicBarrier together = new CyclicBarrier(threads);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<CompletableFuture<Void>> runs = IntStream.range(0, threads).mapToObj(t ->
                    CompletableFuture.runAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        for (int i = 0; i < each; i++) {
                            tallies.update(Kind.ACCOUNT, "parallele", plusOne());
                        }
                    }, pool)).toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        }

        assertThat(tallies.read(Kind.ACCOUNT, "parallele").attempts()).isEqualTo(threads * each);
        tallies.update(Kind.ACCOUNT, "parallele", tally -> Tally.NONE);
        assertThat(rows.existsById(new LoginTally.Id(Kind.ACCOUNT.name(), "parallele")))
                .as("a key that starts afresh leaves no row").isFalse();
    }

    @Test
    void the_purge_deletes_only_quiet_keys_without_a_lock_in_force() {
        Instant now = clock.instant();
        Instant longAgo = now.minus(Duration.ofHours(2));
        tallies.update(Kind.ACCOUNT, "oublie", tally -> new Tally(4, longAgo, null));
        tallies.update(Kind.ACCOUNT, "recent", tally -> new Tally(4, now, null));
        tallies.update(Kind.ADDRESS, "203.0.113.7", tally -> new Tally(30, longAgo, now.plus(Duration.ofMinutes(5))));

        tallies.purge();

        assertThat(tallies.read(Kind.ACCOUNT, "oublie")).isEqualTo(Tally.NONE);
        assertThat(tallies.read(Kind.ACCOUNT, "recent").attempts()).isEqualTo(4);
        assertThat(tallies.read(Kind.ADDRESS, "203.0.113.7").attempts()).as("locked still").isEqualTo(30);
        tallies.update(Kind.ACCOUNT, "recent", tally -> Tally.NONE);
        tallies.update(Kind.ADDRESS, "203.0.113.7", tally -> Tally.NONE);
    }

    private UnaryOperator<Tally> plusOne() {
        return tally -> new Tally(tally.attempts() + 1, clock.instant(), tally.lockedUntil());
    }
}
