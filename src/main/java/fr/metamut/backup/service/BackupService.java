package fr.metamut.backup.service;

import fr.metamut.backup.domain.BackupFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The running application's backups: a copy of its database in {@code metamut.backup.directory}
 * ({@code ./backups}), named by the time it was taken, and only the {@code metamut.backup.keep} newest kept. Not
 * reachable from the UI: the daily job ({@link ScheduledBackup}) is its only caller.
 */
@Service
public class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final DatabaseDump dump;
    private final Path directory;
    private final int keep;
    private final Clock clock;

    public BackupService(DataSource dataSource, Clock clock,
                         @Value("${spring.datasource.url}") String url,
                         @Value("${spring.datasource.username:}") String user,
                         @Value("${spring.datasource.password:}") String password,
                         @Value("${metamut.backup.directory:./backups}") Path directory,
                         @Value("${metamut.backup.keep:14}") int keep,
                         @Value("${metamut.backup.pg-bin:}") String pgBin) {
        this.dump = DatabaseDump.of(new DatabaseDump.Database(url, user, password), dataSource::getConnection,
                pgBin.isBlank() ? null : Path.of(pgBin));
        this.directory = directory;
        this.keep = keep;
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    /** Takes a backup now, then deletes the backups beyond the newest {@code keep}; returns the new file. */
    public Path backupNow() {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(BackupFiles.name(clock.instant(), dump.extension()));
            dump.backup(file);
            prune();
            return file;
        } catch (IOException e) {
            throw new BackupException("backup.error.failed", H2Dump.describe(e));
        }
    }

    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.toList();
        }
        for (Path old : BackupFiles.beyond(files, keep)) {
            Files.deleteIfExists(old);
            LOG.info("Old backup deleted (keeping the {} newest): {}", keep, old);
        }
    }
}
