package fr.metamut.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.domain.RegionTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The application's clock tells Paris time, whatever zone the server runs in. */
class TimeConfigurationTest {

    @Test
    void the_clock_gives_the_paris_date_on_a_server_set_to_utc() {
        TimeZone serverZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Clock clock = new TimeConfiguration().clock();

            assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Paris")).isEqualTo(RegionTime.ZONE);
            // 22:30 UTC on 14 June is already 15 June in Paris (summer time, UTC+2)
            Clock lateEvening = Clock.fixed(Instant.parse("2026-06-14T22:30:00Z"), clock.getZone());
            assertThat(LocalDate.now(lateEvening)).isEqualTo(LocalDate.of(2026, 6, 15));
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }
}
