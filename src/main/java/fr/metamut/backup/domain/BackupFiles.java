package fr.metamut.backup.domain;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of the backups the application writes in its backup folder, {@code metamut-20261206T030000Z.sql.zip}
 * (H2) or {@code .dump} (PostgreSQL), in UTC so that they sort by time, and which of them to delete to keep the
 * newest ones. Other files of the folder (the copies taken before a restore, anything else) are never counted
 * nor deleted.
 */
public final class BackupFiles {

    public static final String PREFIX = "metamut-";
    public static final String BEFORE_RESTORE = "metamut-avant-restauration-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern DAILY = Pattern.compile("metamut-\\d{8}T\\d{6}Z\\.(sql\\.zip|dump)");

    private BackupFiles() {
    }

    /** The name of a backup taken at {@code at}; {@code extension} without its dot ("sql.zip", "dump"). */
    public static String name(Instant at, String extension) {
        return PREFIX + STAMP.format(at) + "." + extension;
    }

    /** The name of the copy of the database taken just before a restore replaces it. */
    public static String beforeRestore(Instant at, String extension) {
        return BEFORE_RESTORE + STAMP.format(at) + "." + extension;
    }

    /** Whether {@code file} is one of the backups the application writes (and so may delete). */
    public static boolean isBackup(Path file) {
        return DAILY.matcher(file.getFileName().toString()).matches();
    }

    /** Of {@code files}, the backups beyond the {@code keep} newest: the ones to delete, newest first. */
    public static List<Path> beyond(List<Path> files, int keep) {
        return files.stream().filter(BackupFiles::isBackup)
                .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                .skip(Math.max(0, keep)).toList();
    }
}
