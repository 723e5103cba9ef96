package fr.metamut.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

class StartupReportTest {

    @Test
    void names_each_part_of_the_start_and_the_beans_by_their_own_time() {
        Instant jvmStart = Instant.now().minusSeconds(2);
        BufferingApplicationStartup startup = StartupReport.recorder();
        StartupStep flyway = startup.start("spring.beans.instantiate").tag("beanName", "flywayInitializer");
        StartupStep dataSource = startup.start("spring.beans.instantiate").tag("beanName", "dataSource");
        dataSource.end();
        flyway.end();
        startup.start("spring.beans.instantiate").tag("beanName", "&entityManagerFactory").end();
        startup.start(ReferenceDataLoader.STARTUP_STEP).end();
        startup.start("spring.boot.webserver.create").end();

        String summary = StartupReport.summary(jvmStart, startup.drainBufferedTimeline(), Instant.now());

        assertThat(summary).startsWith("Started in 2.").contains("JVM ", "Flyway ", "Hibernate ", "reference data ",
                "web server and Vaadin ").contains("flywayInitializer", "dataSource", "entityManagerFactory")
                .doesNotContain("?", "&");
    }
}
