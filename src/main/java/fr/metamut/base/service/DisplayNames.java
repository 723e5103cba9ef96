package fr.metamut.base.service;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The names to show for logins, read at once for a list of rows (see {@link PeopleDirectory#names()}). Keys
 * are logins in lower case: logins are matched ignoring case, like logging in. An account keeps its name
 * once disabled; a login that no account has any more shows as itself.
 */
public record DisplayNames(Map<String, String> byLogin) {

    public DisplayNames {
        byLogin = Map.copyOf(byLogin);
    }

    public @Nullable String of(@Nullable String login) {
        return login == null ? null : byLogin.getOrDefault(login.toLowerCase(Locale.ROOT), login);
    }
}
