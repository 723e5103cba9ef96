package fr.metamut.security.service;

import fr.metamut.base.service.AppUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * After a user changed their own account (password, name), the session goes on with the account as it now is,
 * once the change has committed. Under Vaadin the context is the one kept in the HTTP session, so the change
 * lasts for the rest of the session.
 */
final class SessionPrincipal {

    private SessionPrincipal() {
    }

    static void replaceAfterCommit(AppUser updated) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                replace(updated);
            }
        });
    }

    private static void replace(AppUser updated) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        authentication.setDetails(previous == null ? null : previous.getDetails());
        updated.eraseCredentials();
        context.setAuthentication(authentication);
    }
}
