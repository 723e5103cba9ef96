package fr.metamut.collaboration.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.metamut.collaboration.service.ChangeFeed;

/**
 * Keeps a component up to date: while it is attached, every committed change under the topic runs
 * {@code refresh} in its UI, pushed to the browser.
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    public static void bind(Component component, ChangeFeed feed, String topic, Runnable refresh) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            AutoCloseable subscription = feed.subscribe(topic, event -> ui.access(refresh::run));
            component.addDetachListener(detach -> {
                try {
                    subscription.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                detach.unregisterListener();
            });
        });
    }
}
