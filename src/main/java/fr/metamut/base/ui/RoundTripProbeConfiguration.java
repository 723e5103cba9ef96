package fr.metamut.base.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link RoundTripProbe} in front of every request, only when the load harness starts the application
 * with {@code --metamut.benchmark.probe=true}; never in a normal start (RoundTripProbeTest).
 */
@Configuration
@ConditionalOnWebApplication
@ConditionalOnProperty(name = RoundTripProbeConfiguration.PROPERTY, havingValue = "true")
public class RoundTripProbeConfiguration {

    public static final String PROPERTY = "metamut.benchmark.probe";

    @Bean
    FilterRegistrationBean<RoundTripProbe> roundTripProbe() {
        FilterRegistrationBean<RoundTripProbe> registration = new FilterRegistrationBean<>(new RoundTripProbe());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
