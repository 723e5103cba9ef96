package fr.metamut.support;

/**
 * The columns of the authorization tables ({@link AuthorizationTable}): Somme Numérique's director (the
 * "own" operator of the tested rows), Adico's director (another operator), the coordinator, an
 * administrator, and nobody logged in.
 */
public enum Caller implements TestCaller {
    DIRECTOR_OWN(TestUsers.DIRECTOR_SOMME_NUM),
    DIRECTOR_OTHER(TestUsers.DIRECTOR_ADICO),
    COORDINATOR(TestUsers.COORDINATOR),
    ADMIN(TestUsers.ADMIN),
    ANONYMOUS(null);

    private final String username;

    Caller(String username) {
        this.username = username;
    }

    /** The test user's login, {@code null} for {@link #ANONYMOUS}. */
    @Override
    public String username() {
        return username;
    }
}
