package fr.metamut.workbook.service;

import fr.metamut.workbook.domain.CopilWorkbook;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the web server is up, writes an empty workbook in the background, so the first committee
 * member to click the download does not wait for POI's one-time start-up (about 3 s on two shared
 * cores, see BENCHMARKS.md). Not in the export command nor in tests: they run no web server.
 */
@Component
class WorkbookWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookWarmUp.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (runsAWebServer(event.getApplicationContext())) {
            Thread.ofPlatform().daemon().name("workbook-warm-up").start(WorkbookWarmUp::warmUp);
        }
    }

    static boolean runsAWebServer(ApplicationContext context) {
        return context instanceof WebServerApplicationContext web && web.getWebServer() != null;
    }

    private static void warmUp() {
        try {
            CopilWorkbook.warmUp();
        } catch (IOException | RuntimeException e) {
            // only an optimisation: the first real export will pay the start-up instead
            LOG.debug("Workbook warm-up failed", e);
        }
    }
}
