package fr.metamut.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.security.service.LoginThrottle.Attempt;
import fr.metamut.security.service.LoginThrottle.Kind;
import fr.metamut.security.service.LoginThrottle.Tally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The login throttle, counted in attempts on a clock the test moves: free attempts, a doubling delay, a
 * lock, one attempt per lock period after it; the same for every login, existing or not; an address that
 * tries many logins is stopped without locking them; two nodes sharing the counts count each other's attempts.
 */
class LoginThrottleTest {

    private static final String ADDRESS = "203.0.113.9";

    private static final LoginThrottle.Settings SETTINGS = new LoginThrottle.Settings(
            new LoginThrottle.Limits(3, 10), new LoginThrottle.Limits(10, 30), Duration.ofSeconds(1),
            Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1), 1000);

    private final MovableClock clock = new MovableClock();
    private final MemoryTallies shared = new MemoryTallies();
    private final LoginThrottle throttle = new LoginThrottle(clock, SETTINGS, shared);

    @Test
    void three_attempts_are_free_then_each_waits_a_doubling_delay() {
        IntStream.range(0, 3).forEach(i -> assertThat(throttle.begin("alice", ADDRESS).allowed()).isTrue());

        Attempt fourth = throttle.begin("alice", ADDRESS);
        assertThat(fourth.allowed()).as("right after the third").isFalse();
        assertThat(fourth.refusal().locked()).isFalse();
        assertThat(fourth.refusal().until()).isEqualTo(clock.instant().plusSeconds(1));

        clock.advance(Duration.ofSeconds(2)); // 4 attempts so far: the next waits 2 s after the last
        assertThat(throttle.begin("alice", ADDRESS).allowed()).isTrue();
        Attempt next = throttle.begin("alice", ADDRESS);
        assertThat(next.refusal().until()).isEqualTo(clock.instant().plusSeconds(4));
    }

    @Test
    void ten_attempts_lock_the_login_for_fifteen_minutes_whatever_the_password() {
        IntStream.range(0, 9).forEach(i -> throttle.begin("alice", null));
        Attempt tenth = throttle.begin("alice", null);
        assertThat(tenth.locksStarted()).singleElement().satisfies(lock -> {
            assertThat(lock.kind()).isEqualTo(Kind.ACCOUNT);
            assertThat(lock.until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        });

        clock.advance(Duration.ofMinutes(14));
        Attempt during = throttle.begin("alice", null);
        assertThat(during.allowed()).isFalse();
        assertThat(during.refusal().locked()).isTrue();

        clock.advance(Duration.ofMinutes(3));
        assertThat(throttle.begin("alice", null).allowed()).as("one attempt after the lock").isTrue();
        Attempt again = throttle.begin("alice", null);
        assertThat(again.allowed()).isFalse();
        assertThat(again.refusal().locked()).as("a failed attempt after a lock locks again").isTrue();
    }

    @Test
    void hammering_during_the_delays_reaches_the_lock_sooner() {
        IntStream.range(0, 10).forEach(i -> throttle.begin("bob", null));

        Attempt eleventh = throttle.begin("bob", null);
        assertThat(eleventh.refusal().locked()).isTrue();
        assertThat(throttle.attempts(Kind.ACCOUNT, "bob")).as("an attempt during the lock is not counted")
                .isEqualTo(10);
    }

    @Test
    void a_success_clears_the_login_and_the_address_takes_its_attempt_back() {
        IntStream.range(0, 2).forEach(i -> throttle.begin("carol", ADDRESS));
        Attempt third = throttle.begin("carol", ADDRESS);

        throttle.succeeded(third);

        assertThat(throttle.attempts(Kind.ACCOUNT, "carol")).isZero();
        assertThat(throttle.attempts(Kind.ADDRESS, ADDRESS)).isEqualTo(2);
    }

    @Test
    void logins_are_counted_alike_whether_they_exist_or_not_and_without_case_or_spaces() {
        throttle.begin("Dave ", null);
        throttle.begin("DAVE", null);
        throttle.begin("dave", null);

        assertThat(throttle.attempts(Kind.ACCOUNT, "dave")).isEqualTo(3);
        assertThat(throttle.begin("dave", null).allowed()).isFalse();
    }

    @Test
    void an_address_trying_many_logins_is_stopped_without_locking_them() {
        IntStream.range(0, 30).forEach(i -> throttle.begin("login" + i, ADDRESS));

        Attempt next = throttle.begin("erin", ADDRESS);
        assertThat(next.refusal().locked()).isTrue();
        assertThat(throttle.attempts(Kind.ACCOUNT, "erin")).as("refused by the address: not counted").isZero();
        assertThat(throttle.begin("erin", "203.0.113.10").allowed()).isTrue();
    }

    @Test
    void a_quiet_login_is_forgotten_after_an_hour() {
        IntStream.range(0, 5).forEach(i -> throttle.begin("frank", null));

        clock.advance(Duration.ofMinutes(61));

        assertThat(throttle.attempts(Kind.ACCOUNT, "frank")).isZero();
        assertThat(throttle.begin("frank", null).allowed()).isTrue();
    }

    @Test
    void two_nodes_sharing_their_counts_lock_a_login_after_ten_attempts_between_them() {
        LoginThrottle otherNode = new LoginThrottle(clock, SETTINGS, shared);
        for (int i = 0; i < 5; i++) {
            throttle.begin("grace", null);
            otherNode.begin("grace", null);
        }

        Attempt eleventh = otherNode.begin("grace", null);
        assertThat(eleventh.allowed()).isFalse();
        assertThat(eleventh.refusal().locked()).as("locked by the tenth, which came to the other node").isTrue();
        assertThat(throttle.begin("grace", null).refusal().locked()).isTrue();
        assertThat(otherNode.attempts(Kind.ACCOUNT, "grace")).isEqualTo(11);
    }

    @Test
    void a_lock_this_node_has_seen_refuses_without_asking_the_shared_counts() {
        IntStream.range(0, 10).forEach(i -> throttle.begin("heidi", null));
        int updates = shared.updates;

        IntStream.range(0, 5).forEach(i -> assertThat(throttle.begin("heidi", null).refusal().locked()).isTrue());

        assertThat(shared.updates).as("no shared update during the lock").isEqualTo(updates);
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.begin("heidi", null).allowed()).as("one attempt after the lock").isTrue();
        assertThat(shared.updates).isEqualTo(updates + 1);
    }

    @Test
    void a_lock_lifted_on_another_node_is_lifted_here_once_this_node_is_told() {
        LoginThrottle otherNode = new LoginThrottle(clock, SETTINGS, shared);
        IntStream.range(0, 10).forEach(i -> throttle.begin("ivan", null));

        otherNode.forget("ivan");
        assertThat(otherNode.begin("ivan", null).allowed()).as("lifted on the node that lifted it").isTrue();
        assertThat(throttle.begin("ivan", null).allowed()).as("this node still knows the lock").isFalse();

        throttle.forgetSeenLocks();
        otherNode.forget("ivan");
        assertThat(throttle.begin("ivan", null).allowed()).isTrue();
    }

    @Test
    void a_lock_read_while_another_node_lifts_one_is_not_remembered_here() {
        IntStream.range(0, 9).forEach(i -> throttle.begin("judy", null));
        shared.duringUpdate = throttle::forgetSeenLocks; // the lift's notice arrives while the tenth is counted

        assertThat(throttle.begin("judy", null).locksStarted()).isNotEmpty();
        shared.duringUpdate = () -> { };
        shared.update(Kind.ACCOUNT, "judy", tally -> Tally.NONE); // the lift itself, committed meanwhile

        assertThat(throttle.begin("judy", null).allowed()).as("the shared counts decide, not a stale lock").isTrue();
    }

    /** The shared counts, in memory: what the database does for the nodes, with the updates counted. */
    static final class MemoryTallies implements LoginThrottle.SharedTallies {

        private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
        int updates;
        Runnable duringUpdate = () -> { };

        @Override
        public Tally update(Kind kind, String key, UnaryOperator<Tally> change) {
            updates++;
            Tally[] before = new Tally[1];
            tallies.compute(kind + " " + key, (k, tally) -> {
                before[0] = tally == null ? Tally.NONE : tally;
                Tally after = change.apply(before[0]);
                return after.none() ? null : after;
            });
            duringUpdate.run();
            return before[0];
        }

        @Override
        public Tally read(Kind kind, String key) {
            return tallies.getOrDefault(kind + " " + key, Tally.NONE);
        }
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
