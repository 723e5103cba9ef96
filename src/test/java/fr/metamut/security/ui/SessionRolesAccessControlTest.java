package fr.metamut.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The roles the navigation access control reads: the user's granted roles, named with or without their prefix. */
class SessionRolesAccessControlTest {

    private final SessionRolesAccessControl control =
            new SessionRolesAccessControl(List.of(), new DefaultAccessCheckDecisionResolver());

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_coordinator_has_the_coordinator_role_only() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "coordination", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATEUR")));

        Predicate<String> roles = control.getRolesChecker(null);

        assertThat(roles.test("COORDINATEUR")).isTrue();
        assertThat(roles.test("ROLE_COORDINATEUR")).isTrue();
        assertThat(roles.test("ADMIN")).isFalse();
        assertThat(roles.test("coordinateur")).isFalse();
    }

    @Test
    void nobody_logged_in_has_no_role() {
        assertThat(control.getRolesChecker(null).test("ADMIN")).isFalse();

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(control.getRolesChecker(null).test("ADMIN")).isFalse();
    }
}
