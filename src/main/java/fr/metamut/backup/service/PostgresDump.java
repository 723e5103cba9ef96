package fr.metamut.backup.service;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL: PostgreSQL's own tools, run as child processes: {@code pg_dump --format=custom} (a consistent
 * snapshot while the application writes) and {@code pg_restore --clean --if-exists --single-transaction} (all or
 * nothing). Re-implementing a dump over JDBC would miss what pg_dump knows (sequences, constraints' order, types);
 * the tools come with the PostgreSQL client ({@code postgresql-client}), found on the PATH or in
 * {@code metamut.backup.pg-bin}, and must be of the server's major version or newer. The password goes through
 * the environment ({@code PGPASSWORD}), never on a command line. A {@code currentSchema} in the JDBC URL limits both
 * to that schema.
 *
 * <p>The application's connections carry the name {@value #APPLICATION_NAME} (application-postgres.properties):
 * a restore is refused while any is connected.
 */
final class PostgresDump implements DatabaseDump {

    static final String EXTENSION = "dump";
    static final String APPLICATION_NAME = "metamut";
    private static final long TIMEOUT_MINUTES = 120;

    private final Database database;
    private final Connections connections;
    private final @Nullable Path pgBin;
    private final Target target;

    PostgresDump(Database database, Connections connections, @Nullable Path pgBin) {
        this.database = database;
        this.connections = connections;
        this.pgBin = pgBin;
        this.target = Target.of(database.url());
    }

    /** Where the database is, from its JDBC URL: {@code jdbc:postgresql://host[:port]/name[?currentSchema=s]}. */
    record Target(String host, int port, String name, @Nullable String schema) {

        static Target of(@Nullable String url) {
            try {
                URI uri = URI.create(url.substring("jdbc:".length()));
                String name = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
                if (uri.getHost() == null || name.isEmpty()) {
                    throw new BackupException("backup.error.database", url);
                }
                String schema = null;
                for (String parameter : uri.getQuery() == null ? new String[0] : uri.getQuery().split("&")) {
                    if (parameter.startsWith("currentSchema=")) {
                        schema = parameter.substring("currentSchema=".length());
                    }
                }
                return new Target(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), name, schema);
            } catch (IllegalArgumentException e) {
                throw new BackupException("backup.error.database", url);
            }
        }
    }

    @Override
    public String extension() {
        return EXTENSION;
    }

    @Override
    public void backup(Path file) {
        Path temporary = DatabaseDump.temporaryBeside(file);
        try {
            List<String> command = tool("pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                    "--file=" + temporary);
            run(command);
            DatabaseDump.moveInPlace(temporary, file);
        } catch (IOException e) {
            throw new BackupException("backup.error.failed", H2Dump.describe(e));
        } finally {
            H2Dump.deleteQuietly(temporary);
        }
    }

    @Override
    public void restore(Path file, Path safetyCopy) {
        if (!Files.isReadable(file)) {
            throw new BackupException("backup.error.notABackup", file);
        }
        checkNotInUse();
        try {
            // reads the file's table of contents: refuses what is not a pg_dump copy before anything is dropped
            run(List.of(executable("pg_restore"), "--list", file.toString()));
        } catch (BackupException notADump) {
            throw new BackupException("backup.error.notABackup", file);
        }
        backup(safetyCopy);
        run(tool("pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                "--exit-on-error", file.toString()));
    }

    private void checkNotInUse() {
        try (Connection connection = connections.open(); PreparedStatement query = connection.prepareStatement(
                "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and application_name = ? and pid <> pg_backend_pid()")) {
            query.setString(1, APPLICATION_NAME);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                if (count.getLong(1) > 0) {
                    throw new BackupException("backup.error.inUse");
                }
            }
        } catch (SQLException e) {
            throw new BackupException("backup.error.failed", H2Dump.describe(e));
        }
    }

    /** The tool's command line: its options, then the connection (no password: it goes in the environment). */
    private List<String> tool(String name, String... options) {
        List<String> command = new ArrayList<>();
        command.add(executable(name));
        command.addAll(List.of(options));
        command.addAll(List.of("--host=" + target.host(), "--port=" + target.port(), "--dbname=" + target.name(),
                "--username=" + database.user(), "--no-password"));
        if (target.schema() != null) {
            command.add("--schema=" + target.schema());
        }
        return command;
    }

    private String executable(String name) {
        return pgBin == null ? name : pgBin.resolve(name).toString();
    }

    private void run(List<String> command) {
        Path errors = null;
        try {
            errors = Files.createTempFile("metamut-pg-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(errors.toFile());
            builder.environment().put("PGPASSWORD", database.password() == null ? "" : database.password());
            builder.environment().put("PGAPPNAME", "metamut-backup");
            Process process;
            try {
                process = builder.start();
            } catch (IOException notFound) {
                throw new BackupException("backup.error.pgTool", command.getFirst());
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new BackupException("backup.error.timeout", command.getFirst(), TIMEOUT_MINUTES);
            }
            if (process.exitValue() != 0) {
                String output = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new BackupException("backup.error.failed", command.getFirst() + " : " + lastLines(output));
            }
        } catch (IOException e) {
            throw new BackupException("backup.error.failed", H2Dump.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("backup.error.interrupted");
        } finally {
            if (errors != null) {
                H2Dump.deleteQuietly(errors);
            }
        }
    }

    private static String lastLines(String output) {
        List<String> lines = output.lines().toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
