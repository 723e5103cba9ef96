package fr.metamut.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An {@link IntegrationTest} about PostgreSQL itself: it runs only in the PostgreSQL pass
 * ({@code -Dmetamut.test.database=postgres}, see {@link TestDatabase}; {@code .ci/run} does it), on the same
 * schema as the other integration tests, and is skipped on H2.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = "postgres")
@IntegrationTest
public @interface PostgresTest {
}
