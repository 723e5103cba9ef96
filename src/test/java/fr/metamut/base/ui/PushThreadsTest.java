package fr.metamut.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.ServerTest;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import java.util.concurrent.ThreadPoolExecutor;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The threads that write pushes to the browsers stay few (issue 13). Atmosphere's default is a pool of 200 that
 * starts a new thread for each write until it holds 200: five saves told to 20 open matrices left 80 more threads
 * (about 13 KB of heap each, more in native memory) for the next 30 s, counted in every session's heap.
 */
@ServerTest
class PushThreadsTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void pushes_are_written_by_a_pool_of_eight_threads_at_most() {
        // the framework Vaadin prepared when the servlet started, which its push handler takes up
        AtmosphereFramework atmosphere = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute)
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast)
                .findFirst().orElseThrow();

        ThreadPoolExecutor writers = (ThreadPoolExecutor) ExecutorsFactory.getAsyncOperationExecutor(
                atmosphere.getAtmosphereConfig(), "test");

        assertThat(writers.getMaximumPoolSize()).isEqualTo(8);
        assertThat(writers.allowsCoreThreadTimeOut()).as("idle writers end").isTrue();
    }
}
