package fr.metamut.support;

import fr.metamut.base.service.AppUser;
import fr.metamut.security.service.AccountUserDetailsService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Logs a demo account in for a test, the way the login form would (same principal, same authorities). */
@Component
public class TestUsers {

    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinateur";
    public static final String DIRECTOR_SOMME_NUM = "directeur.somme_num";
    public static final String DIRECTOR_ADICO = "directeur.adico";
    public static final String DIRECTOR_CAP_OISE = "directeur.cap_oise";

    private final AccountUserDetailsService users;

    public TestUsers(AccountUserDetailsService users) {
        this.users = users;
    }

    public AppUser login(String username) {
        AppUser user = (AppUser) users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    /** A visitor who has not logged in, as Spring Security's anonymous filter presents them. */
    public void loginAnonymous() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("metamut-test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
