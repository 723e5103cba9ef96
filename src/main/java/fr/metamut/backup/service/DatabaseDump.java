package fr.metamut.backup.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A copy of the whole database to a file and back, for the database the application is configured with:
 * {@link H2Dump} for H2 (an SQL script, zipped), {@link PostgresDump} for PostgreSQL (pg_dump's custom format).
 */
public interface DatabaseDump {

    /** Opens a connection to the database (the application's pool, or a direct one for a command). */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** What the database is, as configured ({@code spring.datasource.*}). */
    record Database(@Nullable String url, String user, String password) {
    }

    /** The extension of the files this dump writes, without its dot. */
    String extension();

    /** Writes a consistent copy of the database to {@code file} (replaced), while the database is in use. */
    void backup(Path file);

    /**
     * Replaces the whole database with the copy in {@code file}, after writing the database as it was to
     * {@code safetyCopy}. Refused, before anything is written, for a file that is not such a copy and while the
     * application runs on the database ({@code backup.error.inUse}): stop it first.
     */
    void restore(Path file, Path safetyCopy);

    /** The dump of {@code database}: H2 or PostgreSQL, from its URL; {@code pgBin} the folder of pg_dump (or null). */
    static DatabaseDump of(Database database, Connections connections, @Nullable Path pgBin) {
        String url = database.url() == null ? "" : database.url();
        if (url.startsWith("jdbc:h2:")) {
            return new H2Dump(connections);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDump(database, connections, pgBin);
        }
        throw new BackupException("backup.error.database", url);
    }

    /** Moves a finished copy over its target, atomically when the file system can. */
    static void moveInPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A hidden file beside {@code target}, where the copy is written before it is moved in place. */
    static Path temporaryBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }
}
