package fr.metamut.base.service;

import fr.metamut.base.domain.RegionTime;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the Région's zone (Europe/Paris) whatever the server's, so that
 * {@code LocalDate.now(clock)} is the Paris date; tests replace it to fix time.
 */
@Configuration
public class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(RegionTime.ZONE);
    }
}
