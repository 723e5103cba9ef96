package fr.metamut.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor speaking plain HTTP to a {@link ServerTest} server: keeps its cookies, follows no redirect,
 * logs in through the login form and opens a Vaadin UI the way the browser's client does.
 */
public class HttpSession {

    /** The demo accounts' password (DemoAccountSeeder). */
    public static final String DEMO_PASSWORD = "metamut2021";

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A GET with extra headers given as name, value, name, value... */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A GET whose body is kept as the bytes that came over the wire (e.g. still compressed). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs a demo account in through the login form; returns the response to the form's POST. */
    public HttpResponse<String> login(String username) {
        Matcher csrf = CSRF.matcher(get("/connexion").body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + encode(username) + "&password=" + encode(DEMO_PASSWORD) + "&_csrf=" + encode(csrf.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Opens a UI on {@code route} as Vaadin's client does after loading the page. */
    public VaadinUi openUi(String route) {
        get("/" + route);
        String init = get("/?v-r=init&location=" + encode(route) + "&query=").body();
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        if (!key.find() || !ui.find()) {
            throw new IllegalStateException("No UI in the init response: " + init);
        }
        return new VaadinUi(Integer.parseInt(ui.group(1)), key.group(1));
    }

    /** Sends a UIDL message (any body, well formed or not) to a UI. */
    public HttpResponse<String> uidl(VaadinUi ui, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui.id()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A UI open in this session: its id and the key its messages must carry. */
    public record VaadinUi(int id, String securityKey) {
    }
}
