package fr.metamut.base.service;

import org.jspecify.annotations.Nullable;

/**
 * Who a login is, for the pages, histories and exports that show who did something: the account's display
 * name rather than its login. The security feature implements it; it lives here because security itself
 * depends on the catalog, whose pages name people too, and a feature may depend on base without a cycle.
 */
public interface PeopleDirectory {

    /** Every account's display name, in one read: for a list of rows, read once per refresh. */
    DisplayNames names();

    /** The name to show for one login (see {@link DisplayNames}). */
    @Nullable String displayName(@Nullable String login);
}
