package fr.metamut.backup.service;

import fr.metamut.backup.domain.BackupFiles;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.Command;
import fr.metamut.base.service.Translations;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar metamut.jar backup <file> [--spring.option=value ...]} writes a copy of the database to the
 * file; {@code restore <file>} replaces the database with such a copy, after saving the database as it was in
 * the backup folder ({@code metamut-avant-restauration-<time>}). The database is the application's, as configured
 * ({@code ./config/application.properties}, profiles, environment, options after the file name), but the
 * application itself is not started: only Spring Boot's configuration is read (no Flyway, no reference data, no
 * web server), so a backup never changes the database and a restore starts from it as it is.
 *
 * <p>With the default embedded H2 database, the running application holds the database file: stop it to take a
 * backup with this command (the daily backup of the running application needs no stop), and always to restore.
 * Exit codes: 0 done, 1 failed, 2 wrong usage.
 */
public final class BackupCommand implements Command {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public boolean handles(String @Nullable [] args) {
        return args != null && args.length > 0 && (BACKUP.equals(args[0]) || RESTORE.equals(args[0]));
    }

    @Override
    public int run(Class<?> application, String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String @Nullable [] args, PrintStream out, PrintStream err) {
        Translations texts = new Translations();
        if (args == null || args.length < 2 || args[1].isBlank() || args[1].startsWith("--")) {
            err.println(texts.getTranslation("backup.usage", Locale.FRENCH));
            return USAGE;
        }
        boolean restore = RESTORE.equals(args[0]);
        try {
            Path file = Path.of(args[1]).toAbsolutePath().normalize();
            Environment settings = settings(Arrays.copyOfRange(args, 2, args.length));
            DatabaseDump.Database database = new DatabaseDump.Database(settings.getProperty("spring.datasource.url"),
                    settings.getProperty("spring.datasource.username", ""),
                    settings.getProperty("spring.datasource.password", ""));
            String pgBin = settings.getProperty("metamut.backup.pg-bin", "");
            // a backup of an H2 database that does not exist must not create an empty one; a restore may
            String url = restore ? database.url() : existingOnly(database.url());
            DatabaseDump dump = DatabaseDump.of(database, () -> DriverManager.getConnection(url,
                    database.user(), database.password()), pgBin.isBlank() ? null : Path.of(pgBin));
            if (restore) {
                if (!Files.isRegularFile(file)) {
                    throw new BackupException("backup.error.notABackup", file);
                }
                Path folder = Path.of(settings.getProperty("metamut.backup.directory", "./backups")).toAbsolutePath().normalize();
                Files.createDirectories(folder);
                Path safetyCopy = folder.resolve(BackupFiles.beforeRestore(Instant.now(), dump.extension()));
                dump.restore(file, safetyCopy);
                out.println(texts.getTranslation("backup.restored", Locale.FRENCH, file.toString(), safetyCopy.toString()));
            } else {
                if (Files.isDirectory(file) || file.getParent() == null || !Files.isDirectory(file.getParent())) {
                    throw new BackupException("backup.error.target", file);
                }
                dump.backup(file);
                out.println(texts.getTranslation("backup.written", Locale.FRENCH, file.toString(), Files.size(file)));
            }
            return OK;
        } catch (UserFacingException e) {
            err.println(texts.getTranslation(restore ? "backup.restoreFailed" : "backup.failed", Locale.FRENCH,
                    texts.getTranslation(e.getMessageKey(), Locale.FRENCH, e.getArguments())));
            return FAILED;
        } catch (IOException | InvalidPathException | IllegalStateException e) {
            err.println(texts.getTranslation(restore ? "backup.restoreFailed" : "backup.failed", Locale.FRENCH,
                    H2Dump.describe(e)));
            return FAILED;
        }
    }

    /** An embedded H2 URL that refuses to create the database when it does not exist. */
    static @Nullable String existingOnly(@Nullable String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS=") ? url + ";IFEXISTS=TRUE" : url;
    }

    /**
     * The application's configuration, read as Spring Boot reads it (application.properties, ./config/, profiles,
     * environment, {@code springArgs}) by a context that holds nothing: no database connection is made here.
     */
    static Environment settings(String[] springArgs) {
        SpringApplication reader = new SpringApplication(Nothing.class);
        reader.setWebApplicationType(WebApplicationType.NONE);
        reader.setBannerMode(Banner.Mode.OFF);
        reader.setDefaultProperties(Map.of("logging.level.root", "WARN", "spring.main.log-startup-info", "false"));
        try (ConfigurableApplicationContext context = reader.run(springArgs)) {
            return context.getEnvironment();
        }
    }

    /** The empty context whose only use is its environment. */
    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
