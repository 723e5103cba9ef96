package fr.metamut.workbook.service;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.Command;
import fr.metamut.base.service.Translations;
import fr.metamut.workbook.domain.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar metamut.jar export <file.xlsx> [--copil <date or id>] [--spring.option=value ...]}: writes the
 * steering committee's workbook from the database and exits, without a web server. With {@code --copil}, the
 * workbook of that meeting (compared with the meeting before it); without, compared with the latest meeting.
 *
 * <p>{@code Application.main} hands the arguments here when the first one is {@code export} ({@link Command}). The
 * command starts Spring Boot with {@link WebApplicationType#NONE} (no servlet container, no Vaadin
 * servlet, no port), lets the application runners load the reference data as at a normal start, then
 * exports. There is no web user, so the export runs under a system authentication set in the
 * {@link SecurityContextHolder} for its duration only ({@link #SYSTEM_USER}, authority
 * {@link #SYSTEM_AUTHORITY}, no application role): enough for services guarded by
 * {@code isAuthenticated()}, nothing more.
 *
 * <p>The file is written to a temporary file beside the target, then moved in place, so a failed export
 * never leaves a half-written workbook. Exit codes: 0 written, 1 export failed, 2 wrong usage.
 */
public final class ExportCommand implements Command {

    public static final String NAME = "export";
    public static final String SYSTEM_USER = "export-command";
    public static final String SYSTEM_AUTHORITY = "SYSTEM_EXPORT";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    /** Auto-configurations that only make sense with a servlet container. */
    static final List<String> WITHOUT_WEB = List.of(
            "com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    /** The option naming the meeting whose workbook to write. */
    public static final String COPIL_OPTION = "--copil";
    private static final Labels LABELS = Labels.french();
    static final String USAGE_TEXT = LABELS.text("wb.command.usage");

    @Override
    public boolean handles(String[] args) {
        return asks(args);
    }

    static boolean asks(String @Nullable [] args) {
        return args != null && args.length > 0 && NAME.equals(args[0]);
    }

    @Override
    public int run(Class<?> application, String[] args) {
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> source, String[] args, PrintStream out, PrintStream err) {
        if (!asks(args) || args.length < 2 || args[1].isBlank() || args[1].startsWith("--")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        List<String> springArgs = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
        String meeting;
        try {
            meeting = takeCopilOption(springArgs);
        } catch (IllegalArgumentException e) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path target;
        Path temporary;
        try {
            target = Path.of(args[1]).toAbsolutePath().normalize();
            if (target.getParent() == null || Files.isDirectory(target)) {
                err.println(LABELS.text("wb.command.isDirectory", target.toString()));
                return FAILED;
            }
            if (!Files.isDirectory(target.getParent())) {
                err.println(LABELS.text("wb.command.noFolder", target.getParent().toString()));
                return FAILED;
            }
            // created before Spring starts, so an unwritable destination fails at once, not after startup;
            // createFile (unlike createTempFile) leaves the permissions to the umask, as for any new file
            temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary);
        } catch (InvalidPathException | IOException | SecurityException e) {
            err.println(LABELS.text("wb.command.cannotWrite", args[1], describe(e)));
            return FAILED;
        }
        try (ConfigurableApplicationContext context = application(source).run(springArgs.toArray(String[]::new))) {
            WorkbookService workbooks = context.getBean(WorkbookService.class);
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                asSystem(() -> workbooks.write(workbooks.content(meeting), stream));
            } catch (UserFacingException refusal) {
                err.println(LABELS.text("wb.command.failed", context.getBean(Translations.class)
                        .getTranslation(refusal.getMessageKey(), Locale.FRENCH, refusal.getArguments())));
                return FAILED;
            }
            move(temporary, target);
            out.println(LABELS.text("wb.command.written", target.toString(), Long.toString(Files.size(target))));
            return OK;
        } catch (Exception e) {
            err.println(LABELS.text("wb.command.failed", describe(e)));
            return FAILED;
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Removes {@code --copil <meeting>} (or {@code --copil=<meeting>}) from the arguments and returns the meeting,
     * or null when absent; {@link IllegalArgumentException} when the option has no value.
     */
    static @Nullable String takeCopilOption(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(COPIL_OPTION)) {
                if (i + 1 >= arguments.size() || arguments.get(i + 1).isBlank() || arguments.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException("--copil needs a meeting");
                }
                arguments.remove(i);
                return arguments.remove(i).strip();
            }
            if (argument.startsWith(COPIL_OPTION + "=")) {
                arguments.remove(i);
                String value = argument.substring(COPIL_OPTION.length() + 1).strip();
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("--copil needs a meeting");
                }
                return value;
            }
        }
        return null;
    }

    /**
     * The Spring application of the command: the whole app without a web server, quiet by default.
     * <ul>
     * <li>Vaadin's servlet and Spring Security integration are not configured (their auto-configurations
     * need a servlet context, which a non-web application has not);</li>
     * <li>beans are created lazily, so only what the application runners and the export use is built:
     * the web security filter chain of {@code SecurityConfiguration} (Vaadin-based) is never
     * instantiated, while method security ({@code @PreAuthorize}) still guards every service.</li>
     * </ul>
     */
    static SpringApplication application(Class<?> source) {
        SpringApplication application = new SpringApplication(source);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(
                "spring.autoconfigure.exclude", String.join(",", WITHOUT_WEB),
                "spring.main.lazy-initialization", "true",
                "logging.level.root", "WARN",
                // the embedded H2 is newer than the versions Flyway lists as verified: not the user's concern
                "logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR",
                "spring.main.log-startup-info", "false"));
        return application;
    }

    /** Runs {@code work} authenticated as the system user, and restores the caller's security context. */
    static void asSystem(IoWork work) throws IOException {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USER, null,
                AuthorityUtils.createAuthorityList(SYSTEM_AUTHORITY)));
        SecurityContextHolder.setContext(system);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Work that may fail with an I/O error. */
    @FunctionalInterface
    interface IoWork {
        void run() throws IOException;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort: the temporary file is hidden: .<file>.<pid>.tmp
        }
    }

    /** The deepest cause's message: what went wrong, not the wrappers around it. */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : " : " + message);
    }
}
