package fr.metamut.security.ui;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The gauge {@value #LOGGED_IN}: the logged-in Vaadin sessions this node holds ({@link ActiveSessions}), beside
 * the open UIs that the operations feature counts. Kept here because the session registry is security's own.
 */
@Component
class LoggedInSessionsGauge implements MeterBinder {

    static final String LOGGED_IN = "metamut.sessions.logged.in";

    private final ActiveSessions sessions;

    LoggedInSessionsGauge(ActiveSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(LOGGED_IN, sessions, ActiveSessions::loggedIn)
                .description("Logged-in Vaadin sessions on this node").register(registry);
    }
}
