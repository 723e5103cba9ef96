package fr.metamut.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * What every response tells the browser a Métamut page may do. Spring Security applies the
 * {@code Customizer<HeadersConfigurer<HttpSecurity>>} bean to the security filter chain by itself (Spring
 * Security 7), next to its defaults (no sniffing, no caching, X-Frame-Options DENY), so SecurityConfiguration
 * need not know. Redirects are relative ({@code server.tomcat.use-relative-redirects}), never built from the
 * request's Host header.
 * HSTS is sent only where {@code metamut.security.hsts} is true (the {@code prod} profile) and only on
 * https requests — behind a TLS proxy, {@code server.forward-headers-strategy=native} makes them so.
 *
 * <p>The headers are written as the request enters, not when the response commits (Spring's default):
 * Vaadin's bootstrap page committed without passing Spring's commit hook, and so went out with Vaadin's own
 * {@code X-Frame-Options: SAMEORIGIN} and no content security policy. Written first, they are what Vaadin
 * finds, and a handler that sets its own caching (static files) overrides {@code Cache-Control}.
 */
@Configuration
@ConditionalOnWebApplication
public class HttpHeadersConfiguration {

    /**
     * Everything comes from this server. Vaadin Flow needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'}
     * for scripts (its bootstrap page starts the client with an inline script, and the client builds
     * functions from the JavaScript the server sends: executeJs, event data) and {@code 'unsafe-inline'} for
     * styles (Lumo and the components set styles inline). Push uses a websocket to this same server, which
     * {@code connect-src 'self'} allows; {@code worker-src} lets browsers that installed the former
     * installable app's service worker fetch {@code /sw.js}, which removes it.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Powerful browser features Métamut never uses, refused to its pages and anything they might embed. */
    public static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()",
            "magnetometer=()", "microphone=()", "midi=()", "payment=()", "usb=()");

    /** Pages and responses hold the user's data: never stored by the browser or a proxy. */
    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders(@Value("${metamut.security.hsts:false}") boolean hsts) {
        return headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // Cache-Control alone (HTTP/1.1 caches ignore Pragma and Expires beside it): written first now, so a
            // static file's own caching replaces it whole instead of being contradicted by Pragma: no-cache
            headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                    .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, NO_STORE));
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
