package fr.metamut.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.ServerTest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests are observed (their metrics are the operations team's), Spring Security's inner steps are not: with
 * the actuator present, Spring Security times each filter of every request and each check of a service method,
 * 6 % of the request threads' samples in a profile of matrix page loads (issue 13), for figures nobody reads.
 */
@ServerTest
class ObservationsTest {

    @Autowired
    ObservationRegistry registry;

    @Test
    void requests_are_observed_spring_securitys_steps_are_not() {
        assertThat(observed("http.server.requests")).isTrue();
        assertThat(observed("spring.security.filterchains")).isFalse();
        assertThat(observed("spring.security.authorizations")).isFalse();
        assertThat(observed("spring.security.authentications")).isFalse();
    }

    private boolean observed(String name) {
        Observation observation = Observation.start(name, registry);
        observation.stop();
        return !observation.isNoop();
    }
}
