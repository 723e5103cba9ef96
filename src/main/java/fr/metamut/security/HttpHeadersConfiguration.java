package fr.metamut.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every response tells the browser a Métamut page may do. Spring Security applies the
 * {@code Customizer<HeadersConfigurer<HttpSecurity>>} bean to the security filter chain by itself (Spring
 * Security 7), next to its defaults (no sniffing, no caching, X-Frame-Options DENY), so SecurityConfiguration
 * need not know. Redirects are relative ({@code server.tomcat.use-relative-redirects}), never built from the
 * request's Host header.
 * HSTS is sent only where {@code metamut.security.hsts} is true (the {@code prod} profile) and only on
 * https requests — behind a TLS proxy, {@code server.forward-headers-strategy=native} makes them so.
 */
@Configuration
@ConditionalOnWebApplication
public class HttpHeadersConfiguration {

    /**
     * Everything comes from this server. Vaadin Flow needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'}
     * for scripts (its bootstrap page starts the client with an inline script, and the client builds
     * functions from the JavaScript the server sends: executeJs, event data) and {@code 'unsafe-inline'} for
     * styles (Lumo and the components set styles inline). Push uses a websocket to this same server, which
     * {@code connect-src 'self'} allows; the service worker and manifest are the PWA's.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Powerful browser features Métamut never uses, refused to its pages and anything they might embed. */
    public static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()",
            "magnetometer=()", "microphone=()", "midi=()", "payment=()", "usb=()");

    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders(@Value("${metamut.security.hsts:false}") boolean hsts) {
        return headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
            if (hsts) {
                // not includeSubDomains: other services under the same domain are not ours to decide for
                headers.httpStrictTransportSecurity(sts -> sts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(false));
            } else {
                headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
            }
        };
    }
}
