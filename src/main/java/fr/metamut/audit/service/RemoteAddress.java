package fr.metamut.audit.service;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.jspecify.annotations.Nullable;

/**
 * Where the caller is: the address of the HTTP request being served (behind a reverse proxy, the client's
 * own once Spring's forwarded-header handling is on), else the address the user logged in from, which
 * Spring Security keeps with the authentication (e.g. for work done outside a request).
 */
final class RemoteAddress {

    private RemoteAddress() {
    }

    static @Nullable String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            try {
                return request.getRemoteAddr();
            } catch (IllegalStateException finished) {
                // the request is over (an event published after it): fall back to the login's address
            }
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }
}
