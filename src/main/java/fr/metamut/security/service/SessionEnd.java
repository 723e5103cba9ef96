package fr.metamut.security.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a session was ended by the application rather than by the user: told on the login page it lands on
 * ({@code connexion?fin=<parameter>}). A reason in the address only chooses which fixed text to show.
 */
public enum SessionEnd {
    DISABLED("desactive"),
    ROLE_CHANGED("role"),
    PASSWORD_RESET("reinitialisation"),
    PASSWORD_CHANGED("mot-de-passe"),
    IDLE("inactivite"),
    EXPIRED("expiree");

    /** The query parameter of the login page that carries the reason. */
    public static final String PARAMETER = "fin";

    private final String parameter;

    SessionEnd(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return "login.ended." + name();
    }

    public static Optional<SessionEnd> fromParameter(String value) {
        return Arrays.stream(values()).filter(end -> end.parameter.equals(value)).findFirst();
    }
}
