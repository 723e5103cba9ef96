package fr.metamut.security.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Vaadin's navigation access control (the same checkers, the same decisions), reading the user's roles from the
 * security context. Vaadin's own asks its service lookup for the role prefix holder at every navigation, and that
 * lookup scans every jar of the class path with a {@code ServiceLoader} each time: about a twentieth of the
 * server time of a page load. Here the prefix is Spring Security's default, {@code ROLE_}, as in
 * {@link fr.metamut.base.domain.Role}. The security context is the session's in a Vaadin request, push included
 * (Vaadin installs its session-aware holder strategy).
 */
public class SessionRolesAccessControl extends SpringNavigationAccessControl {

    static final String ROLE_PREFIX = "ROLE_";

    public SessionRolesAccessControl(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver decisionResolver) {
        super(checkers, decisionResolver);
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return role -> false;
        }
        Set<String> granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return role -> role != null && granted.contains(role.startsWith(ROLE_PREFIX) ? role : ROLE_PREFIX + role);
    }
}
