package fr.metamut.security.service;

import fr.metamut.base.domain.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Logouts, as Spring Security announces them, go to the audit log. */
@Component
public class SecurityAuditListener {

    private final ApplicationEventPublisher events;

    public SecurityAuditListener(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    public void loggedOut(LogoutSuccessEvent event) {
        events.publishEvent(new AuditEvent("LOGOUT", event.getAuthentication().getName(), null, null));
    }
}
