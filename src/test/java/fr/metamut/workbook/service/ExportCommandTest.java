package fr.metamut.workbook.service;

import static fr.metamut.support.Denials.assertNeedsLogin;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.Application;
import fr.metamut.workbook.domain.WorkbookReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The headless command, run in-process on its own in-memory database, as {@code Application.main} would. */
class ExportCommandTest {

    private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:export-command-%s;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void handles_only_the_export_command() {
        assertThat(ExportCommand.asks(new String[] {"export", "x.xlsx"})).isTrue();
        assertThat(ExportCommand.asks(new String[] {"export"})).isTrue();
        assertThat(ExportCommand.asks(new String[] {})).isFalse();
        assertThat(ExportCommand.asks(new String[] {"--server.port=8081"})).isFalse();
        assertThat(ExportCommand.asks(null)).isFalse();
    }

    @Test
    void writes_the_workbook_from_the_database_and_exits_zero(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("copil.xlsx");

        int exit = run("export", file.toString(), DATABASE.formatted("ok"));

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out)).contains("Classeur écrit").contains(file.toString());
        try (XSSFWorkbook workbook = WorkbookReader.open(Files.readAllBytes(file))) {
            // the reference data, loaded by the application runners before the export, is there
            Row marches = WorkbookReader.rowStartingWith(workbook.getSheet("Couverture"), "Marchés publics").orElseThrow();
            assertThat(marches.getCell(1).getNumericCellValue()).isEqualTo(2);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("system user gone").isNull();
    }

    @Test
    void replaces_an_existing_file(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("copil.xlsx"), "old");

        assertThat(run("export", file.toString(), DATABASE.formatted("replace"))).isZero();

        assertThat(Files.size(file)).isGreaterThan(1000);
    }

    @Test
    void fails_with_a_message_under_a_missing_directory(@TempDir Path dir) {
        Path file = dir.resolve("missing/copil.xlsx");

        assertThat(run("export", file.toString(), DATABASE.formatted("missing"))).isEqualTo(ExportCommand.FAILED);

        assertThat(text(err)).contains("Échec de l’export : le dossier " + dir.resolve("missing") + " n’existe pas");
        assertThat(file).doesNotExist();
    }

    @Test
    void fails_with_a_message_where_nothing_can_be_written() {
        assertThat(run("export", "/proc/metamut-copil.xlsx", DATABASE.formatted("proc"))).isEqualTo(ExportCommand.FAILED);
        assertThat(text(err)).contains("Échec de l’export : impossible d’écrire /proc/metamut-copil.xlsx");
    }

    @Test
    void fails_when_the_target_is_a_directory(@TempDir Path dir) {
        assertThat(run("export", dir.toString())).isEqualTo(ExportCommand.FAILED);
        assertThat(text(err)).contains("est un dossier");
    }

    @Test
    void an_unknown_meeting_fails_with_a_message_and_leaves_no_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("copil.xlsx");

        assertThat(run("export", file.toString(), "--copil", "2099-01-01", DATABASE.formatted("unknown-copil")))
                .isEqualTo(ExportCommand.FAILED);

        assertThat(text(err)).contains("Échec de l’export : Aucun COPIL ne correspond à « 2099-01-01 »");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void the_copil_option_needs_a_meeting() {
        assertThat(run("export", "copil.xlsx", "--copil")).isEqualTo(ExportCommand.USAGE);
        assertThat(run("export", "copil.xlsx", "--copil", "--spring.profiles.active=prod")).isEqualTo(ExportCommand.USAGE);
        assertThat(text(err)).contains("--copil <date ou n° de COPIL>");
    }

    @Test
    void the_copil_option_is_taken_out_of_the_spring_arguments() {
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("--a=1", "--copil", "12", "--b=2"));
        assertThat(ExportCommand.takeCopilOption(arguments)).isEqualTo("12");
        assertThat(arguments).containsExactly("--a=1", "--b=2");
        java.util.List<String> joined = new java.util.ArrayList<>(java.util.List.of("--copil=2027-03-14"));
        assertThat(ExportCommand.takeCopilOption(joined)).isEqualTo("2027-03-14");
        assertThat(joined).isEmpty();
        assertThat(ExportCommand.takeCopilOption(new java.util.ArrayList<>(java.util.List.of("--a=1")))).isNull();
    }

    @Test
    void tells_the_usage_when_the_file_is_missing() {
        assertThat(run("export")).isEqualTo(ExportCommand.USAGE);
        assertThat(run("export", "--spring.profiles.active=prod")).isEqualTo(ExportCommand.USAGE);
        assertThat(text(err)).contains("Usage : java -jar metamut.jar export <fichier.xlsx>");
    }

    @Test
    void starts_no_web_server_and_opens_no_port() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (ConfigurableApplicationContext context = ExportCommand.application(Application.class)
                .run(DATABASE.formatted("noweb"), "--server.port=" + port)) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeanNamesForType(jakarta.servlet.Servlet.class)).isEmpty();
            try (ServerSocket free = new ServerSocket(port)) {
                assertThat(free.isBound()).as("port " + port + " still free").isTrue();
            }
            // method security still guards the services; the system authentication opens them
            WorkbookService workbooks = context.getBean(WorkbookService.class);
            assertNeedsLogin(() -> workbooks.write(OutputStream.nullOutputStream()));
            ExportCommand.asSystem(() -> workbooks.write(OutputStream.nullOutputStream()));
        }
    }

    private int run(String... args) {
        return ExportCommand.run(Application.class, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
