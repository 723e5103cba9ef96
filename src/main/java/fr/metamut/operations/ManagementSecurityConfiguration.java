package fr.metamut.operations;

import fr.metamut.base.domain.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read the actuator endpoints, on the application's own port (README, "Déploiement"): the liveness and
 * readiness probes are open to anyone — the load balancer — and show a status only (UP, DOWN, OUT_OF_SERVICE; the
 * groups' {@code show-details=never}); every other endpoint (full health, metrics, Prometheus) needs the
 * administrator role, from the session of an administrator logged in through the login page or from HTTP Basic
 * (a Prometheus scraper). This chain comes before Vaadin's ({@code VaadinSecurityConfigurer}, which sends
 * everything else to the login view) and matches the actuator's paths only; HTTP Basic makes no session.
 */
@Configuration
@ConditionalOnWebApplication
public class ManagementSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, WebEndpointProperties endpoints)
            throws Exception {
        String health = endpoints.getBasePath() + "/health/";
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(health + "liveness", health + "readiness").permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(basic -> basic.authenticationEntryPoint(ManagementSecurityConfiguration::unauthorized))
                .build();
    }

    /**
     * 401 with the Basic challenge, set on the response rather than sent as an error: Tomcat's error dispatch would
     * go through Vaadin's chain, which sends a visitor not logged in to the login page (302) instead.
     */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException refused) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"metamut\"");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }
}
