package fr.metamut.benchmark;

import fr.metamut.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The whole application without a web server, quiet, as {@code ExportCommand} starts it: Vaadin's servlet and
 * Spring Security integration left out (they need a servlet context), beans created lazily. The database
 * harnesses run it on an H2 file database in a temporary folder (the default profile's kind of database).
 */
public final class HeadlessApplication {

    private HeadlessApplication() {
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).properties(Map.of(
                "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                "spring.main.lazy-initialization", "true",
                "logging.level.root", "WARN",
                "logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR",
                "spring.main.log-startup-info", "false"));
    }

    /** The option that puts the database in {@code folder}. */
    static String h2FileIn(Path folder) {
        return "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("metamut")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
