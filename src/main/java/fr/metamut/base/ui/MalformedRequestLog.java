package fr.metamut.base.ui;

import ch.qos.logback.classic.LoggerContext;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Installs {@link MalformedRequestLogFilter} in Logback when Vaadin starts, before it serves a request.
 * Done here rather than in a {@code logback-spring.xml}, which would replace Spring Boot's default
 * logging set-up (console, and a file only when {@code logging.file.name} is set) with a fixed one.
 */
@Component
public class MalformedRequestLog implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        install();
    }

    /** Adds the filter once to the Logback context (which every Spring context of a JVM shares). */
    static synchronized void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(MalformedRequestLogFilter.class::isInstance)) {
            MalformedRequestLogFilter filter = new MalformedRequestLogFilter();
            filter.setContext(logback);
            filter.start();
            logback.addTurboFilter(filter);
        }
    }
}
