package fr.metamut.operations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The gauge {@value #OPEN_UIS}: the Vaadin UIs open on this node (a browser tab each, the login page's included;
 * a UI leaves when it detaches: closed tab, ended session). The logged-in sessions are security's gauge
 * ({@code metamut.sessions.logged.in}); all HTTP sessions, logged in or not, are Tomcat's
 * {@code tomcat.sessions.active.current}.
 */
@Component
public class SessionMetrics implements MeterBinder, VaadinServiceInitListener {

    static final String OPEN_UIS = "metamut.ui.open";

    private final Set<UI> openUis = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            openUis.add(ui);
            ui.addDetachListener(detach -> openUis.remove(ui));
        });
        // a session that ends without detaching its UIs must not leave them counted
        event.getSource().addSessionDestroyListener(destroy -> closed(destroy.getSession()));
    }

    private void closed(VaadinSession session) {
        openUis.removeIf(ui -> ui.getSession() == null || ui.getSession() == session);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(OPEN_UIS, openUis, Set::size).description("Vaadin UIs (browser tabs) open on this node")
                .register(registry);
    }
}
