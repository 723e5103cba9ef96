package fr.metamut.base.domain;

/**
 * What a user may do. A director belongs to exactly one operator; a coordinator works for the Région;
 * an administrator manages accounts, operators and the catalogue. The string constants exist for
 * {@code @RolesAllowed}, which needs compile-time constants.
 */
public enum Role {
    DIRECTOR, COORDINATOR, ADMIN;

    public static final String DIRECTOR_NAME = "DIRECTOR";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String ADMIN_NAME = "ADMIN";

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
