package fr.metamut.base.domain;

import java.time.ZoneId;

/**
 * The one time zone of the application: the Région's (Europe/Paris), whatever the server's. The injected
 * {@link java.time.Clock} runs in it (see {@code TimeConfiguration}), so "today" and "now" read from the clock
 * are Paris dates; code without a clock (formatters in domain and UI classes, cron annotations) names it here.
 */
public final class RegionTime {

    /** For annotations, which need a constant string ({@code @Scheduled(zone = RegionTime.ZONE_ID)}). */
    public static final String ZONE_ID = "Europe/Paris";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private RegionTime() {
    }
}
