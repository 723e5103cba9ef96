package fr.metamut.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.HttpSession;
import fr.metamut.support.ServerTest;
import fr.metamut.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers every page carries (content security, referrer, permissions, framing), the session cookie's
 * SameSite, HSTS on https only, and redirects that never repeat a forged host — spoken to the real server.
 */
@ServerTest
class HttpHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void the_login_page_carries_the_security_headers_and_a_same_site_session_cookie() {
        HttpResponse<String> login = new HttpSession(port).get("/connexion");

        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login.headers());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; SameSite=Lax").containsIgnoringCase("; HttpOnly"));
    }

    /**
     * The login page as a browser or curl asks for it, HTTP/1.1 with no upgrade offer (Java's client offers
     * HTTP/2). Without the installable-app files the page once went out with Vaadin's X-Frame-Options only:
     * Spring Security wrote its headers when the response committed, and this one committed without it.
     */
    @Test
    void the_login_page_carries_them_for_a_plain_http_1_1_client_too() throws IOException {
        String response = rawGet("/connexion", "localhost:" + port);

        assertThat(response).startsWith("HTTP/1.1 200")
                .containsIgnoringCase("\r\nContent-Security-Policy: " + HttpHeadersConfiguration.CONTENT_SECURITY_POLICY + "\r\n")
                .containsIgnoringCase("\r\nX-Frame-Options: DENY\r\n")
                .containsIgnoringCase("\r\nX-Content-Type-Options: nosniff\r\n")
                .containsIgnoringCase("\r\nReferrer-Policy: same-origin\r\n");
    }

    @Test
    void a_page_of_a_logged_in_user_carries_them_too() {
        HttpSession director = new HttpSession(port);
        HttpResponse<String> login = director.login(TestUsers.DIRECTOR_SOMME_NUM);
        assertThat(login.statusCode()).isEqualTo(302);

        HttpResponse<String> page = director.get("/couverture");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers());
    }

    @Test
    void hsts_is_sent_on_https_requests_only() {
        HttpSession visitor = new HttpSession(port);

        assertThat(visitor.get("/connexion").headers().firstValue("Strict-Transport-Security")).isEmpty();
        // what the TLS proxy says of a request it received over https
        assertThat(visitor.get("/connexion", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000");
    }

    @Test
    void a_forged_host_is_not_echoed_into_the_redirect_to_the_login_page() throws IOException {
        String response = rawGet("/operateurs", "evil.example");

        assertThat(response).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /connexion\r\n")
                .doesNotContain("evil.example");
    }

    @Test
    void nor_a_forged_forwarded_host() {
        HttpResponse<String> redirect = new HttpSession(port).get("/operateurs",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/connexion");
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(HttpHeadersConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(HttpHeadersConfiguration.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValue(HttpHeadersConfiguration.PERMISSIONS_POLICY);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Cache-Control")).hasValue(HttpHeadersConfiguration.NO_STORE);
    }

    @Test
    void static_files_keep_their_own_caching_uncontradicted() {
        HttpHeaders icon = new HttpSession(port).get("/favicon.ico").headers();

        // the file server's own (max-age in production, no-cache in development), not the pages' no-store
        assertThat(icon.firstValue("Cache-Control")).isPresent().isNotEqualTo(Optional.of(HttpHeadersConfiguration.NO_STORE));
        assertThat(icon.firstValue("Pragma")).isEmpty();
        assertThat(icon.firstValue("Content-Security-Policy")).hasValue(HttpHeadersConfiguration.CONTENT_SECURITY_POLICY);
    }

    /** A GET with the given Host header, which Java's HTTP client does not let one set. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
