package fr.metamut.operations;

import fr.metamut.operations.ui.RequestLogContextFilter;
import fr.metamut.operations.ui.UiRoundTripMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The log context's filter in every security filter chain (Spring Security 7 applies {@code Customizer<HttpSecurity>}
 * beans to each chain it builds), right after the session's login is restored: the lines of the later security
 * filters (logout, access refusals) and of the application carry the user and the request id. The Vaadin round
 * trips' timer in front of every request, so the security filters count in the time it measures.
 */
@Configuration
@ConditionalOnWebApplication
public class OperationsConfiguration {

    @Bean
    Customizer<HttpSecurity> requestLogContext() {
        return http -> http.addFilterAfter(new RequestLogContextFilter(), SecurityContextHolderFilter.class);
    }

    @Bean
    FilterRegistrationBean<UiRoundTripMetrics> uiRoundTripMetrics(MeterRegistry registry) {
        FilterRegistrationBean<UiRoundTripMetrics> registration =
                new FilterRegistrationBean<>(new UiRoundTripMetrics(registry));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
