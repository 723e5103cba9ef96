package fr.metamut.collaboration.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.signals.Signal;
import fr.metamut.collaboration.service.ChangeFeed;

/**
 * Keeps a component up to date: while it is attached, every committed change under the topic runs
 * {@code refresh} in its UI (a signal effect, pushed to the browser).
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    public static void bind(Component component, ChangeFeed feed, String topic, Runnable refresh) {
        Signal.effect(component, context -> {
            feed.revision(topic).get();
            if (!context.isInitialRun()) {
                refresh.run();
            }
        });
    }
}
