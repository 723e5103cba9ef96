package fr.metamut.base.service;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does by itself, with nobody logged in (scheduled jobs, mails sent after a commit):
 * it runs under a system authentication for its duration only, named after the job (which Envers and the logs
 * then show) and holding the authority {@value #AUTHORITY} and no application role. That is enough for services
 * guarded by {@code isAuthenticated()}, and lets a service keep a method for background work only
 * ({@code hasAuthority('SYSTEM')}), such as reading the users' e-mail addresses.
 */
public final class SystemCalls {

    public static final String AUTHORITY = "SYSTEM";

    private SystemCalls() {
    }

    /** Runs {@code work} as the system job {@code name}, then restores the caller's security context. */
    public static <T> T call(String name, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList(AUTHORITY)));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }
}
