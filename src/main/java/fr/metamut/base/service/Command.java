package fr.metamut.base.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * A headless command of the jar ({@code java -jar metamut.jar export|backup|restore ...}): {@code Application.main}
 * runs the command the arguments ask for, instead of the web application, and exits with its code. The
 * application class is handed to the command (to start Spring Boot without a web server when it needs the whole
 * application), so that no feature depends on it: commands live in their features, the dispatch in {@code main}.
 */
public interface Command {

    /** Whether the program arguments ask for this command (their first is its name). */
    boolean handles(String[] args);

    /**
     * Runs the command and returns the process exit code (0 done, 1 failed, 2 wrong usage); messages go to
     * standard output and error.
     *
     * @param application the Spring Boot application class, for a command that starts the whole application
     */
    int run(Class<?> application, String[] args);

    /** The first of {@code commands} the arguments ask for. */
    static Optional<Command> find(String[] args, Command... commands) {
        return Arrays.stream(commands).filter(command -> command.handles(args)).findFirst();
    }
}
