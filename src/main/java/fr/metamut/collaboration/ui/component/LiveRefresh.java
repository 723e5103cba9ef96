package fr.metamut.collaboration.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.signals.Signal;
import fr.metamut.collaboration.service.ChangeFeed;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a component up to date: while it is attached, every committed change under the topic runs
 * {@code refresh} in its UI (a signal effect, pushed to the browser), timed by the feed's
 * {@code metamut.live.refreshed}.
 *
 * <p>The refresh runs as the user who owns the component. The effect is triggered by whoever committed
 * the change: it runs in that other user's request thread, or in a background thread where nobody is
 * logged in, and services asked from there would answer for the wrong person (someone else's unread
 * count in my bell) or refuse (no authentication).
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    /** Follows the topic while the component is attached; remove the registration to stop following it. */
    public static Registration bind(Component component, ChangeFeed feed, String topic, Runnable refresh) {
        Authentication owner = SecurityContextHolder.getContext().getAuthentication();
        return Signal.effect(component, context -> {
            feed.revision(topic).get();
            if (!context.isInitialRun()) {
                runAs(owner, refresh);
                feed.refreshed(topic);
            }
        });
    }

    static void runAs(Authentication owner, Runnable work) {
        SecurityContext previous = threadsOwnContext();
        SecurityContext ownerContext = SecurityContextHolder.createEmptyContext();
        ownerContext.setAuthentication(owner);
        SecurityContextHolder.setContext(ownerContext);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The calling thread's own security context. Inside a Vaadin session, Vaadin's strategy answers with the
     * session's login instead: saved and restored through it, that login would be left in the thread of
     * whoever triggered the refresh (a saver's request, a test, a scheduled job), which would then go on as
     * the owner of the refreshed screen.
     */
    private static SecurityContext threadsOwnContext() {
        Map<Class<?>, CurrentInstance> instances = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            return SecurityContextHolder.getContext();
        } finally {
            CurrentInstance.restoreInstances(instances);
        }
    }
}
