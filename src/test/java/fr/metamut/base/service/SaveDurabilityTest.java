package fr.metamut.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import fr.metamut.benchmark.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * A burst of saves in the application on its default database (the H2 file database as configured in
 * application.properties), its JVM killed with {@code kill -9} in the middle, the database opened again on
 * the same files: every save the application had acknowledged is there. Tagged "durability" so that it can be
 * left out while developing ({@code -Dsurefire.excludedGroups=browser,durability}): its child JVM takes
 * 10 to 80 seconds to start, depending on the machine's load.
 */
@Tag("durability")
class SaveDurabilityTest {

    /** Acknowledged saves before the kill: enough for the kill to land while saves go on. */
    private static final int SAVES_BEFORE_KILL = 50;

    private static final String RELATIVE_H2_FILE = "jdbc:h2:file:./";

    @TempDir
    Path folder;

    @Test
    void every_save_acknowledged_before_a_kill_9_is_there_after_a_restart() throws IOException, InterruptedException, SQLException {
        Path output = folder.resolve("child.log");
        Process child = ChildJvm.start(SaveBurst.class, output, folder);
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !child.isAlive() || count(lines(output), SaveBurst.ITEM) >= SAVES_BEFORE_KILL);
            if (!child.isAlive()) {
                fail("The child stopped before it was killed:%n%s", Files.readString(output));
            }
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no close of the database
        }
        List<String> acknowledged = lines(output);
        long offeringId = Long.parseLong(acknowledged.stream().filter(l -> l.startsWith(SaveBurst.READY + " "))
                .findFirst().orElseThrow().substring(SaveBurst.READY.length() + 1));

        try (Connection database = DriverManager.getConnection(defaultDatabaseIn(folder), "sa", "");
             Statement sql = database.createStatement()) {
            Set<String> items = new HashSet<>();
            try (ResultSet rows = sql.executeQuery("select title from swot_item where title like '" + SaveBurst.TITLE + "%'")) {
                while (rows.next()) {
                    items.add(rows.getString(1));
                }
            }
            String note;
            try (ResultSet row = sql.executeQuery("select note from offering where id = " + offeringId)) {
                row.next();
                note = row.getString(1);
            }

            assertThat(items).containsAll(numbers(acknowledged, SaveBurst.ITEM).stream().map(n -> SaveBurst.TITLE + n).toList());
            int lastNote = numbers(acknowledged, SaveBurst.NOTE).stream().mapToInt(Integer::intValue).max().orElseThrow();
            // the note saved last, or one saved after it whose acknowledgement the kill cut off
            assertThat(Integer.parseInt(note.substring(SaveBurst.TITLE.length()))).isBetween(lastNote, lastNote + 1);
        }
    }

    /** The application's default JDBC URL, its relative path taken from {@code directory}. */
    private static String defaultDatabaseIn(Path directory) throws IOException {
        String url = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
                .getProperty("spring.datasource.url");
        assertThat(url).startsWith(RELATIVE_H2_FILE);
        return "jdbc:h2:file:" + directory.toAbsolutePath() + "/" + url.substring(RELATIVE_H2_FILE.length());
    }

    private static List<String> lines(Path output) throws IOException {
        return Files.readAllLines(output, StandardCharsets.UTF_8);
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).count();
    }

    /** The numbers of the complete acknowledgement lines starting with {@code prefix}. */
    private static List<Integer> numbers(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.matches(prefix + "\\d+")).map(l -> Integer.parseInt(l.substring(prefix.length()))).toList();
    }
}
