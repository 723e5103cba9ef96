package fr.metamut.backup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backups are named by their time in UTC, so that their names sort by time; only they are pruned. */
class BackupFilesTest {

    @Test
    void a_backup_is_named_by_its_time_in_utc() {
        assertThat(BackupFiles.name(Instant.parse("2026-12-06T02:00:00Z"), "sql.zip"))
                .isEqualTo("metamut-20261206T020000Z.sql.zip");
        assertThat(BackupFiles.isBackup(Path.of("/b/metamut-20261206T020000Z.dump"))).isTrue();
    }

    @Test
    void beyond_the_newest_ones_kept_are_the_older_backups_and_nothing_else() {
        List<Path> files = List.of(Path.of("metamut-20261204T020000Z.sql.zip"), Path.of("notes.txt"),
                Path.of("metamut-20261206T020000Z.sql.zip"), Path.of("metamut-avant-restauration-20261201T100000Z.sql.zip"),
                Path.of("metamut-20261205T020000Z.sql.zip"), Path.of("metamut-20261203T020000Z.dump"));

        assertThat(BackupFiles.beyond(files, 2)).containsExactly(Path.of("metamut-20261204T020000Z.sql.zip"),
                Path.of("metamut-20261203T020000Z.dump"));
        assertThat(BackupFiles.beyond(files, 14)).isEmpty();
        assertThat(BackupFiles.isBackup(Path.of(BackupFiles.beforeRestore(Instant.now(), "dump")))).isFalse();
    }
}
