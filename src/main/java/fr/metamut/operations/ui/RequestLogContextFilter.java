package fr.metamut.operations.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts who is asking and a request id in the log context (SLF4J's MDC) while a request is served, so that every
 * line logged meanwhile carries them: keys {@value #USER} (the login, absent for a visitor not logged in) and
 * {@value #REQUEST_ID}. The plain-text pattern shows them ({@code logging.pattern.correlation}); the JSON formats
 * write them as fields. The id is the proxy's {@code X-Request-Id} when it sends a plausible one (nginx:
 * {@code proxy_set_header X-Request-Id $request_id;}), otherwise a new one, and goes back in the response's
 * {@code X-Request-Id} header. Runs inside Spring Security's filter chains, once the session's login is restored
 * ({@link fr.metamut.operations.OperationsConfiguration}).
 */
public class RequestLogContextFilter extends OncePerRequestFilter {

    public static final String USER = "user";
    public static final String REQUEST_ID = "requestId";
    public static final String HEADER = "X-Request-Id";
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request.getHeader(HEADER));
        response.setHeader(HEADER, requestId);
        MDC.put(REQUEST_ID, requestId);
        String user = user();
        if (user != null) {
            MDC.put(USER, user);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(USER);
        }
    }

    /** Vaadin's websocket and long-polling push requests go through this filter too. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    static String requestId(String fromProxy) {
        if (fromProxy != null && PLAUSIBLE_ID.matcher(fromProxy).matches()) {
            return fromProxy;
        }
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
