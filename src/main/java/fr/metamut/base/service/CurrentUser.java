package fr.metamut.base.service;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the one place services and views ask for the authenticated {@link AppUser}. */
@Component
public class CurrentUser {

    public Optional<AppUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The current user, or an {@link AccessDeniedException} when nobody is logged in. */
    public AppUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Authentification requise"));
    }
}
