package fr.metamut.base.service;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Says, once the application is ready, where its start-up went: the JVM before Spring, Flyway's migrations,
 * Hibernate's set-up, the reference data, the web server with Vaadin's servlet context (routes scanned),
 * and the beans that took longest by themselves. One INFO line, from the steps Spring records when the
 * application is started with {@link #recorder()} (as {@code main} does); nothing otherwise.
 */
@Component
public class StartupReport {

    /** How many start-up steps are kept: a start of Métamut records a few thousand. */
    private static final int CAPACITY = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
    private static final String INSTANTIATE = "spring.beans.instantiate";

    /** What to give {@code SpringApplication.setApplicationStartup} for the report to have something to say. */
    public static BufferingApplicationStartup recorder() {
        return new BufferingApplicationStartup(CAPACITY);
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup buffering) {
            Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
            LOG.info(summary(jvmStart, buffering.drainBufferedTimeline(), Instant.now()));
        }
    }

    static String summary(Instant jvmStart, StartupTimeline timeline, Instant ready) {
        List<TimelineEvent> events = timeline.getEvents();
        Map<Long, Duration> children = new HashMap<>();
        events.stream().filter(e -> e.getStartupStep().getParentId() != null).forEach(e ->
                children.merge(e.getStartupStep().getParentId(), e.getDuration(), Duration::plus));
        String slowest = events.stream().filter(e -> e.getStartupStep().getName().equals(INSTANTIATE))
                .map(e -> Map.entry(bean(e), e.getDuration().minus(children.getOrDefault(e.getStartupStep().getId(), Duration.ZERO))))
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(5)
                .map(e -> e.getKey() + " " + seconds(e.getValue())).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Started in %s: JVM %s, Spring %s (Flyway %s, Hibernate %s, reference data %s,"
                        + " web server and Vaadin %s); slowest beans by themselves: %s",
                seconds(Duration.between(jvmStart, ready)), seconds(Duration.between(jvmStart, timeline.getStartTime())),
                seconds(Duration.between(timeline.getStartTime(), ready)), seconds(bean(events, "flywayInitializer")),
                seconds(bean(events, "entityManagerFactory")), seconds(step(events, ReferenceDataLoader.STARTUP_STEP)),
                seconds(step(events, "spring.boot.webserver.create")), slowest);
    }

    private static Duration bean(List<TimelineEvent> events, String name) {
        return events.stream().filter(e -> e.getStartupStep().getName().equals(INSTANTIATE) && name.equals(bean(e)))
                .map(TimelineEvent::getDuration).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    private static Duration step(List<TimelineEvent> events, String name) {
        return events.stream().filter(e -> e.getStartupStep().getName().equals(name))
                .map(TimelineEvent::getDuration).reduce(Duration.ZERO, Duration::plus);
    }

    private static String bean(TimelineEvent event) {
        for (StartupStep.Tag tag : event.getStartupStep().getTags()) {
            if (tag.getKey().equals("beanName")) {
                return Objects.toString(tag.getValue()).replaceFirst("^&", ""); // "&name": the factory bean of "name"
            }
        }
        return "?";
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
