package fr.metamut.backup.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily backup of the running application: a copy in the backup folder, the 14 newest kept; skipped while
 * another node holds its lock row (ShedLock, table {@code shedlock}).
 */
@IntegrationTest
class ScheduledBackupTest {

    @Autowired
    ScheduledBackup daily;
    @Autowired
    BackupService backups;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void noLockAndNoBackup() throws IOException {
        jdbc.update("delete from shedlock where name = ?", ScheduledBackup.LOCK);
        if (Files.isDirectory(backups.directory())) {
            try (Stream<Path> files = Files.walk(backups.directory())) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(backups.directory())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void the_daily_backup_writes_a_copy_and_keeps_the_14_newest_only() throws IOException {
        Files.createDirectories(backups.directory());
        for (int day = 1; day <= 20; day++) {
            Files.writeString(backups.directory().resolve("metamut-202601%02dT020000Z.sql.zip".formatted(day)), "ancienne");
        }
        Files.writeString(backups.directory().resolve("lisez-moi.txt"), "à garder");

        daily.run();

        List<String> files = folder();
        assertThat(files).hasSize(15).contains("lisez-moi.txt", "metamut-20260120T020000Z.sql.zip")
                .doesNotContain("metamut-20260107T020000Z.sql.zip");
        String newest = files.stream().filter(name -> name.startsWith("metamut-2026") && !name.startsWith("metamut-202601"))
                .findFirst().orElseThrow();
        assertThat(Files.size(backups.directory().resolve(newest))).isGreaterThan(10_000);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Long.class, ScheduledBackup.LOCK))
                .as("the lock row is written").isEqualTo(1);
    }

    @Test
    void the_daily_backup_does_not_run_while_another_node_holds_its_lock() throws IOException {
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)",
                ScheduledBackup.LOCK, java.sql.Timestamp.valueOf("2999-01-01 00:00:00"),
                java.sql.Timestamp.valueOf("2026-01-01 03:00:00"), "autre-noeud");

        daily.run();

        assertThat(Files.exists(backups.directory()) ? folder() : List.of()).isEmpty();
    }
}
