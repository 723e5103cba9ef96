package fr.metamut.support;

import fr.metamut.base.service.AppUser;
import fr.metamut.security.service.AccountUserDetailsService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    public TestUsers(AccountUserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.users = users;
        this.strategies = strategies;
    }

    /**
     * Every Spring context that starts (another test configuration, a browser test's server, the export
     * command) installs its own Vaadin-aware strategy as the global one; method security reads its own
     * context's bean. Re-installing this context's strategy before each login keeps both on the same one.
     */
    private void useThisContextsStrategy() {
        strategies.ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    public AppUser login(String username) {
        useThisContextsStrategy();
        AppUser user = (AppUser) users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    /**
     * Logs in an authorization table's caller: their demo account (returned), or an anonymous visitor
     * ({@code null}).
     */
    public AppUser loginAs(TestCaller caller) {
        if (caller.username() == null) {
            loginAnonymous();
            return null;
        }
        return login(caller.username());
    }

    /** A visitor who has not logged in, as Spring Security's anonymous filter presents them. */
    public void loginAnonymous() {
        useThisContextsStrategy();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("metamut-test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        useThisContextsStrategy();
        SecurityContextHolder.clearContext();
    }
}
