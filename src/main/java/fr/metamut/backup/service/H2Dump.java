package fr.metamut.backup.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * H2: the database as an SQL script (schema, data, sequences, Flyway's history), zipped: {@code SCRIPT TO ...
 * COMPRESSION ZIP}, run in one repeatable-read transaction so every table is read at the same instant while the
 * application keeps writing. Restored into an emptied database: {@code DROP ALL OBJECTS}, then
 * {@code RUNSCRIPT FROM}. A script rather than H2's {@code BACKUP TO} (a copy of the database file): it restores
 * with any later H2 version (the file format is H2's own and changes between versions), into a database that
 * is open (no file to swap while nothing holds it), and an operator can read it.
 */
final class H2Dump implements DatabaseDump {

    static final String EXTENSION = "sql.zip";
    /** H2's error code for a database file locked by another process. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    /** H2's error code for a database that does not exist (and may not be created: IFEXISTS). */
    private static final int DATABASE_NOT_FOUND = 90146;

    private final Connections connections;

    H2Dump(Connections connections) {
        this.connections = connections;
    }

    @Override
    public String extension() {
        return EXTENSION;
    }

    @Override
    public void backup(Path file) {
        Path temporary = DatabaseDump.temporaryBeside(file);
        try (Connection connection = open()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO " + literal(temporary) + " COMPRESSION ZIP");
            }
            connection.commit();
            DatabaseDump.moveInPlace(temporary, file);
        } catch (SQLException | IOException e) {
            throw new BackupException("backup.error.failed", describe(e));
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public void restore(Path file, Path safetyCopy) {
        checkScript(file);
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            // another session: the application runs on this database (in this process, or through AUTO_SERVER)
            try (ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                sessions.next();
                if (sessions.getLong(1) > 1) {
                    throw new BackupException("backup.error.inUse");
                }
            }
            backup(safetyCopy);
            statement.execute("DROP ALL OBJECTS");
            statement.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION ZIP");
        } catch (SQLException e) {
            throw new BackupException("backup.error.failed", describe(e));
        }
    }

    private Connection open() throws SQLException {
        try {
            return connections.open();
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new BackupException("backup.error.inUse");
            }
            if (e.getErrorCode() == DATABASE_NOT_FOUND) {
                throw new BackupException("backup.error.noDatabase");
            }
            throw e;
        }
    }

    /** Refuses a file that is not a zipped H2 script before anything is dropped. */
    private static void checkScript(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry = zip.getNextEntry();
            byte[] start = entry == null ? new byte[0] : zip.readNBytes(64 * 1024);
            if (!new String(start, StandardCharsets.UTF_8).contains("CREATE ")) {
                throw new BackupException("backup.error.notABackup", file);
            }
        } catch (IOException e) {
            throw new BackupException("backup.error.notABackup", file);
        }
    }

    /** A file name as an SQL string literal. */
    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst()
                .orElse("");
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a hidden temporary file left behind: harmless, replaced by the next backup's
        }
    }
}
