package fr.metamut.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A Spring Boot test on its own in-memory H2 database (migrated by Flyway, reference data loaded, demo
 * accounts created), whatever ./config/application.properties says; or, with
 * {@code -Dmetamut.test.database=postgres}, on a fresh schema of the test PostgreSQL database ({@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextCustomizerFactories(TestDatabase.class)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:metamut-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "vaadin.launch-browser=false",
        "metamut.backup.cron=-",
        "metamut.mail.digest-cron=-",
        "metamut.plan.late-cron=-",
        "metamut.backup.directory=${java.io.tmpdir}/metamut-test-backups-${random.uuid}"
})
public @interface IntegrationTest {
}
