package fr.metamut.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole application on a random port (find it with {@code @LocalServerPort}) and its own in-memory
 * H2 database, set up as in production behind a TLS reverse proxy — forwarded headers trusted from this
 * machine, HSTS on — for tests that speak HTTP to it ({@link HttpSession}) without a browser. With
 * {@code -Dmetamut.test.database=postgres}, on a fresh schema of the test PostgreSQL database ({@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextCustomizerFactories(TestDatabase.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:metamut-server;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "vaadin.launch-browser=false",
        "server.forward-headers-strategy=native",
        "metamut.security.hsts=true"
})
public @interface ServerTest {
}
