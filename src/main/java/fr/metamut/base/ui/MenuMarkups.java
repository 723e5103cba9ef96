package fr.metamut.base.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The side menu's markup, worked out once for each set of granted authorities and language. Vaadin finds the
 * entries a user may open by running the navigation access check of every route, and each check looks the role
 * prefix up through Vaadin's Spring lookup, which reads the class path's service files every time: 12 % of the
 * server's CPU while users opened pages (JFR profile, BENCHMARKS.md). Views are allowed by role annotations only,
 * so the entries depend on nothing else than the authorities; routes are all registered at start.
 */
@Component
public class MenuMarkups {

    /** Far more than the roles' combinations times the languages: past it, menus are worked out each time. */
    private static final int MAX_ENTRIES = 64;

    private final Map<String, String> markups = new ConcurrentHashMap<>();

    /** The markup for these authorities and language, made by {@code make} the first time. */
    String markup(Collection<? extends GrantedAuthority> authorities, Locale locale, Supplier<String> make) {
        String key = authorities.stream().map(GrantedAuthority::getAuthority).sorted()
                .collect(Collectors.joining(",", "", "|" + locale.getLanguage()));
        String known = markups.get(key);
        if (known != null) {
            return known;
        }
        String made = make.get();
        if (markups.size() < MAX_ENTRIES) {
            markups.putIfAbsent(key, made);
        }
        return made;
    }
}
