package fr.metamut.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedSession;
import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.collaboration.service.ChangedOnAnotherNode;
import fr.metamut.security.service.AccountAccessWithdrawn;
import fr.metamut.security.service.AccountUserDetailsService;
import fr.metamut.security.service.SessionEnd;
import fr.metamut.security.ui.view.LoginView;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The logged-in Vaadin sessions, by account, and the one way the application ends them: when an
 * administrator disables an account, changes its role or operator or resets its password, when the user
 * changes their password elsewhere, or after the idle time.
 *
 * <p>Ending a session does two things at once. The HTTP session's security context is replaced by an
 * anonymous one, so from that instant every request of that session — page, click, push — is anonymous
 * (Vaadin reads the context from the HTTP session, even when another user's request thread pushes to it).
 * Then each open UI of the session is sent to the login page with the reason, through push, so a tab that
 * is only being looked at shows it too. The HTTP session itself stays (invalidating it would drop the
 * pushed message on the way); logging in again gives it a new id.
 *
 * <p>Idle: Vaadin's heartbeat keeps a tab's HTTP session alive forever, so idleness is measured on what
 * the user does (Vaadin's time of the last client request, heartbeats excluded) against the HTTP session's
 * timeout ({@code server.servlet.session.timeout}); a check runs every minute. Vaadin's own
 * {@code closeIdleSessions} is on as well, and a Vaadin session closed by it ends its HTTP session's login.
 */
@Component
public class ActiveSessions implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveSessions.class);

    /** Whose a tracked Vaadin session is, and its HTTP session (Vaadin forgets it when it closes). */
    private record Owner(AppUser user, WrappedSession httpSession) {

        Long accountId() {
            return user.getId();
        }

        String username() {
            return user.getUsername();
        }

        /** The login the session holds now: a user changing their own password gets a new one in place. */
        AppUser current() {
            try {
                if (httpSession.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof AppUser now) {
                    return now;
                }
            } catch (IllegalStateException invalidated) {
                // ended meanwhile: checked against the login it started with
            }
            return user;
        }
    }

    private final Map<VaadinSession, Owner> sessions = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;
    private final AccountUserDetailsService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ActiveSessions(CurrentUser currentUser, AccountUserDetailsService accounts,
                          ApplicationEventPublisher events, Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> register(init.getUI()));
        event.getSource().addSessionDestroyListener(destroy -> closed(destroy.getSession()));
        String contextPath = event.getSource() instanceof VaadinServletService servlet
                ? servlet.getServlet().getServletContext().getContextPath() : "";
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredURL(contextPath + "/" + loginUrl(SessionEnd.EXPIRED));
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }

    /** How many logged-in Vaadin sessions the account has (for tests and diagnostics). */
    public long count(Long accountId) {
        return sessions.values().stream().filter(owner -> owner.accountId().equals(accountId)).count();
    }

    /** How many logged-in Vaadin sessions there are (the gauge of the metrics, README "Déploiement"). */
    public int loggedIn() {
        return sessions.size();
    }

    private void register(UI ui) {
        AppUser user = currentUser.get().orElse(null);
        VaadinSession session = ui.getSession();
        if (user == null || session.getSession() == null) {
            return;
        }
        sessions.put(session, new Owner(user, session.getSession()));
        // closes the gap between the login and this first page: a change made in between ends it now
        accounts.staleReason(user).ifPresent(reason -> end(session, reason));
    }

    private void closed(VaadinSession session) {
        Owner owner = sessions.remove(session);
        if (owner != null) {
            // closed by Vaadin (idle, or the HTTP session ended): the login must not outlive it
            try {
                owner.httpSession().invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // nothing left to end
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void accessWithdrawn(AccountAccessWithdrawn event) {
        VaadinSession callers = event.keepCallersSession() ? VaadinSession.getCurrent() : null;
        sessions.forEach((session, owner) -> {
            if (owner.accountId().equals(event.accountId()) && session != callers) {
                end(session, event.reason());
            }
        });
    }

    /**
     * Another node sharing the database withdrew an account's access ({@link AccountAccessWithdrawn}'s topic), or
     * its notices may have been missed: this node's sessions of that account (of every account) are checked
     * against the database, and those no longer allowed end as if the change had been made here.
     */
    @EventListener
    public void changedElsewhere(ChangedOnAnotherNode change) {
        boolean everyAccount = ChangedOnAnotherNode.ANY_TOPIC.equals(change.topic());
        Long account = AccountAccessWithdrawn.accountOf(change.topic()).orElse(null);
        if (!everyAccount && account == null) {
            return;
        }
        sessions.forEach((session, owner) -> {
            if (everyAccount || owner.accountId().equals(account)) {
                accounts.staleReason(owner.current()).ifPresent(reason -> end(session, reason));
            }
        });
    }

    /** Ends the sessions nobody has used for longer than their timeout, however often their heartbeat beats. */
    @Scheduled(fixedDelayString = "${metamut.session.idle-check-interval:PT1M}")
    public void endIdleSessions() {
        long now = clock.millis();
        // a session's state is read under its lock, like everything else in it (Vaadin's lock check logs an
        // ERROR otherwise)
        sessions.keySet().forEach(session -> session.access(() -> {
            if (session.getState() != VaadinSessionState.OPEN) {
                sessions.remove(session);
                return;
            }
            WrappedSession http = session.getSession();
            int timeout = http == null ? -1 : http.getMaxInactiveInterval();
            if (timeout > 0 && now - session.getLastRequestTimestamp() > timeout * 1000L) {
                end(session, SessionEnd.IDLE);
            }
        }));
    }

    private void end(VaadinSession session, SessionEnd reason) {
        Owner owner = sessions.remove(session);
        if (owner == null) {
            return;
        }
        try {
            owner.httpSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    anonymous());
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        LOG.info("Session of '{}' ended: {}", owner.username(), reason);
        events.publishEvent(new AuditEvent("SESSION_ENDED", null, owner.username(), reason.name()));
        session.access(() -> {
            for (UI ui : session.getUIs()) {
                ui.navigate(LoginView.class, QueryParameters.of(SessionEnd.PARAMETER, reason.parameter()));
            }
        });
    }

    private static SecurityContext anonymous() {
        return new SecurityContextImpl(new AnonymousAuthenticationToken("metamut-ended-session", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    static String loginUrl(SessionEnd reason) {
        return LoginView.ROUTE + "?" + SessionEnd.PARAMETER + "=" + reason.parameter();
    }
}
