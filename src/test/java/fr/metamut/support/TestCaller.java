package fr.metamut.support;

/**
 * A column of an authorization table ({@link AuthorizationTable}): a demo account, or nobody logged in.
 * The shared columns are {@link Caller}; a feature whose rules name other people (an action's contributor,
 * an offer's partner) declares its own enum implementing this, so that its table reads in its own words.
 * {@link TestUsers#loginAs(TestCaller)} logs any of them in.
 */
public interface TestCaller {

    /** The demo account's login, {@code null} for a visitor who has not logged in. */
    String username();
}
