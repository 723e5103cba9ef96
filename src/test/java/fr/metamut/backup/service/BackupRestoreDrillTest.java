package fr.metamut.backup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill, as an operator would run it with the jar's commands: a database migrated by Flyway with
 * data in it; {@code backup FILE}; data changed (updated, deleted, added); {@code restore FILE}; every table has
 * its rows back, the key tables their exact content, identities go on after the restored rows, and the database
 * as it was before the restore is saved beside. On H2 (a file database, as the default profile's), and on
 * PostgreSQL when {@code METAMUT_TEST_PG_URL} names one (in a schema of its own, through pg_dump and pg_restore).
 * A restore is refused while the application is connected.
 */
class BackupRestoreDrillTest {

    private static final List<String> KEY_TABLES = List.of("departement", "operator", "service_family",
            "service_line", "offering", "user_account");
    private static final String DRILL_SCHEMA = "backup_drill";

    @TempDir
    Path folder;

    /** A database under test: its JDBC URL and credentials, and where its tables live. */
    private record Db(String url, String user, String password, String schema) {

        Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        String[] options(Path backups) {
            return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password, "--metamut.backup.directory=" + backups};
        }
    }

    private Db h2() {
        return new Db("jdbc:h2:file:" + folder.resolve("data/metamut")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", "public");
    }

    @Test
    void h2_back_up_change_restore_gives_the_data_back() throws Exception {
        drill(h2());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "METAMUT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
    void postgresql_back_up_change_restore_gives_the_data_back() throws Exception {
        Db pg = postgres();
        try {
            drill(pg);
        } finally {
            dropDrillSchema();
        }
    }

    @Test
    void h2_restore_is_refused_while_the_application_is_connected() throws Exception {
        Db h2 = h2();
        prepare(h2);
        Path backup = folder.resolve("copie.sql.zip");
        assertThat(command("backup", backup, h2)).isEqualTo(BackupCommand.OK);
        try (Connection application = h2.open()) {
            change(application);
            Map<String, Object> changed = snapshot(application, h2.schema());

            Output refused = run("restore", backup, h2);

            assertThat(refused.code()).isEqualTo(BackupCommand.FAILED);
            assertThat(refused.err()).contains("utilisée par l’application");
            assertThat(snapshot(application, h2.schema())).isEqualTo(changed);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "METAMUT_TEST_PG_URL", matches = "jdbc:postgresql:.+")
    void postgresql_restore_is_refused_while_the_application_is_connected() throws Exception {
        Db pg = postgres();
        try {
            prepare(pg);
            Path backup = folder.resolve("copie.dump");
            assertThat(command("backup", backup, pg)).isEqualTo(BackupCommand.OK);
            Properties asTheApplication = new Properties();
            asTheApplication.setProperty("user", pg.user());
            asTheApplication.setProperty("password", pg.password());
            asTheApplication.setProperty("ApplicationName", PostgresDump.APPLICATION_NAME);
            try (Connection application = DriverManager.getConnection(pg.url(), asTheApplication)) {
                Output refused = run("restore", backup, pg);

                assertThat(refused.code()).isEqualTo(BackupCommand.FAILED);
                assertThat(refused.err()).contains("utilisée par l’application");
            }
        } finally {
            dropDrillSchema();
        }
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_before_anything_is_dropped() throws Exception {
        Db h2 = h2();
        prepare(h2);
        Path notABackup = Files.writeString(folder.resolve("notes.sql.zip"), "pas une sauvegarde");
        Map<String, Object> before;
        try (Connection connection = h2.open()) {
            before = snapshot(connection, h2.schema());
        }

        Output refused = run("restore", notABackup, h2);

        assertThat(refused.code()).isEqualTo(BackupCommand.FAILED);
        assertThat(refused.err()).contains("n’est pas une sauvegarde");
        try (Connection connection = h2.open()) {
            assertThat(snapshot(connection, h2.schema())).isEqualTo(before);
        }
    }

    @Test
    void backing_up_an_h2_database_that_does_not_exist_fails_and_creates_none() {
        Output failed = run("backup", folder.resolve("copie.sql.zip"), h2());

        assertThat(failed.code()).isEqualTo(BackupCommand.FAILED);
        assertThat(failed.err()).contains("n’existe pas");
        assertThat(folder.resolve("data")).doesNotExist();
        assertThat(folder.resolve("copie.sql.zip")).doesNotExist();
    }

    private void drill(Db db) throws Exception {
        prepare(db);
        Map<String, Object> before;
        try (Connection connection = db.open()) {
            before = snapshot(connection, db.schema());
        }
        Path backup = folder.resolve(db.url().startsWith("jdbc:h2") ? "copie.sql.zip" : "copie.dump");
        Path safety = folder.resolve("avant-restauration");

        assertThat(command("backup", backup, db)).isEqualTo(BackupCommand.OK);
        try (Connection connection = db.open()) {
            change(connection);
            assertThat(snapshot(connection, db.schema())).isNotEqualTo(before);
        }
        Output restored = run("restore", backup, db);

        assertThat(restored.code()).as(restored.err()).isEqualTo(BackupCommand.OK);
        assertThat(restored.out()).contains("Base restaurée depuis");
        try (Connection connection = db.open()) {
            assertThat(snapshot(connection, db.schema())).isEqualTo(before);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into departement (version, code, name) values (0, '59', 'Nord')");
            }
        }
        try (Stream<Path> copies = Files.list(safety)) {
            assertThat(copies.map(file -> file.getFileName().toString()))
                    .singleElement().asString().startsWith("metamut-avant-restauration-");
        }
    }

    /** The schema by Flyway, as the application migrates it, and data in the key tables. */
    private static void prepare(Db db) throws SQLException {
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/migration")
                .load().migrate();
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "insert into departement (version, code, name, source) values (0, '80', 'Somme', 'Rapport'),"
                            + " (0, '60', 'Oise', 'Rapport'), (0, '02', 'Aisne', null)",
                    "insert into operator (version, code, name, kind, home_departement_id, agents) values"
                            + " (0, 'SOMME_NUM', 'Somme Numérique', 'SYNDICAT', (select id from departement where code = '80'), 42),"
                            + " (0, 'ADICO', 'Adico', 'ASSOCIATION', (select id from departement where code = '60'), null)",
                    "insert into service_family (version, code, name, position) values (0, 'SOCLE', 'Socle « commun »', 1)",
                    "insert into service_line (version, code, name, family_id, origin) values"
                            + " (0, 'ARCHIVAGE', 'Archivage électronique', (select id from service_family), 'REPORT'),"
                            + " (0, 'RGPD', 'Délégué à la protection des données', (select id from service_family), 'REPORT')",
                    "insert into offering (version, operator_id, service_line_id, departement_id, note) select 0, o.id, s.id,"
                            + " d.id, 'Note d’' || o.code || ' ; ' || s.code from operator o, service_line s, departement d",
                    "insert into user_account (version, username, display_name, password_hash, role, operator_id, enabled,"
                            + " created_at) values (0, 'directeur.somme_num', 'Direction Somme', '{bcrypt}x', 'DIRECTOR',"
                            + " (select id from operator where code = 'SOMME_NUM'), true, timestamp '2026-01-05 09:30:00')")) {
                statement.executeUpdate(sql);
            }
        }
    }

    /** What users would do after the backup: change, delete, add. */
    private static void change(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update offering set note = 'changée après la sauvegarde', version = version + 1");
            statement.executeUpdate("delete from offering where departement_id = (select id from departement where code = '02')");
            statement.executeUpdate("update operator set agents = 7 where code = 'SOMME_NUM'");
            statement.executeUpdate("insert into departement (version, code, name) values (0, '62', 'Pas-de-Calais')");
        }
    }

    /** The row count of every table, and the whole content of the key tables, by id. */
    private static Map<String, Object> snapshot(Connection connection, String schema) throws SQLException {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (var query = connection.prepareStatement("select table_name from information_schema.tables"
                + " where lower(table_schema) = ? and table_type in ('BASE TABLE', 'TABLE') order by table_name")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(tables).containsAll(KEY_TABLES).contains("flyway_schema_history", "shedlock");
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    snapshot.put(table + " rows", count.getLong(1));
                }
            }
            for (String table : KEY_TABLES) {
                List<List<String>> content = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select * from " + table + " order by id")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        List<String> row = new ArrayList<>();
                        for (int column = 1; column <= columns; column++) {
                            row.add(String.valueOf(rows.getObject(column)));
                        }
                        content.add(row);
                    }
                }
                snapshot.put(table, content);
            }
        }
        return snapshot;
    }

    private record Output(int code, String out, String err) {
    }

    private int command(String name, Path file, Db db) {
        return run(name, file, db).code();
    }

    private Output run(String name, Path file, Db db) {
        List<String> args = new ArrayList<>(List.of(name, file.toString()));
        args.addAll(List.of(db.options(folder.resolve("avant-restauration"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackupCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The test PostgreSQL, in a schema of the drill's own (other tests keep theirs in public), made empty. */
    private static Db postgres() throws SQLException {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore on the PATH");
        dropDrillSchema();
        try (Connection connection = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + DRILL_SCHEMA);
        }
        String url = pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + DRILL_SCHEMA;
        return new Db(url, pgUser(), pgPassword(), DRILL_SCHEMA);
    }

    private static void dropDrillSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + DRILL_SCHEMA + " cascade");
        }
    }

    private static String pgUrl() {
        return System.getenv("METAMUT_TEST_PG_URL");
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("METAMUT_TEST_PG_USER", "metamut");
    }

    private static String pgPassword() {
        return System.getenv().getOrDefault("METAMUT_TEST_PG_PASSWORD", "metamut");
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
