package fr.metamut.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot test on the PostgreSQL database {@code METAMUT_TEST_PG_URL} names (.ci/run sets one up;
 * user and password from {@code METAMUT_TEST_PG_USER} / {@code _PASSWORD}), skipped when it names none.
 * The classes carrying it share one application context, so the database is migrated once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "METAMUT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(properties = {
        "spring.datasource.url=${METAMUT_TEST_PG_URL}",
        "spring.datasource.username=${METAMUT_TEST_PG_USER:metamut}",
        "spring.datasource.password=${METAMUT_TEST_PG_PASSWORD:metamut}",
        "spring.jpa.hibernate.ddl-auto=validate",
        "vaadin.launch-browser=false"
})
public @interface PostgresTest {
}
