package fr.metamut.operations.ui;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The timer {@value #ROUND_TRIP}: the server time of each Vaadin round trip, tagged {@code kind}: {@code uidl} (a
 * click, a keystroke sent, a navigation in an open tab) or {@code init} (the UI of a page load). Vaadin's requests
 * all reach one servlet, so Spring's {@code http.server.requests} cannot tell them apart from the other requests
 * of that servlet. A histogram is published, so Prometheus computes the percentiles over the nodes
 * ({@code histogram_quantile(0.95, sum by (le) (rate(metamut_ui_round_trip_seconds_bucket[5m])))}).
 */
public class UiRoundTripMetrics extends OncePerRequestFilter {

    static final String ROUND_TRIP = "metamut.ui.round.trip";

    private final Timer uidl;
    private final Timer init;

    public UiRoundTripMetrics(MeterRegistry registry) {
        uidl = timer(registry, "uidl");
        init = timer(registry, "init");
    }

    private static Timer timer(MeterRegistry registry, String kind) {
        return Timer.builder(ROUND_TRIP).tag("kind", kind)
                .description("Server time of a Vaadin round trip (uidl: an action in an open tab; init: a page's UI)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Timer timer = timerOf(request.getQueryString());
        if (timer == null) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            timer.record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Vaadin's client names the kind of request in the query string: {@code v-r=uidl}, {@code v-r=init}. */
    private Timer timerOf(String query) {
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.equals("v-r=uidl")) {
                return uidl;
            }
            if (parameter.equals("v-r=init")) {
                return init;
            }
        }
        return null;
    }
}
