package fr.metamut.audit.ui.component;

import com.vaadin.flow.component.Component;
import fr.metamut.audit.domain.AuditLogEntry;
import fr.metamut.base.domain.Role;
import fr.metamut.base.ui.Formats;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Détail" of an audit entry in words: the log stores codes (an exception's name, a lock's kind and end,
 * a session's end reason, role names), which stay stable and searchable; the page reads them in French.
 * A detail it does not know is shown as stored.
 */
public final class AuditDetails {

    private static final Map<String, String> FAILURES = Map.of(
            "BadCredentialsException", "audit.detail.badCredentials",
            "DisabledException", "audit.detail.disabled",
            "LockedException", "audit.detail.locked",
            "UsernameNotFoundException", "audit.detail.badCredentials");
    private static final Pattern LOCK = Pattern.compile("(ACCOUNT|ADDRESS) (\\S+)");
    private static final Pattern ROLE = Pattern.compile("\\b(ADMIN|COORDINATOR|DIRECTOR)\\b");

    private AuditDetails() {
    }

    public static String of(AuditLogEntry entry, Component owner) {
        String detail = entry.getDetail();
        if (detail == null) {
            return "";
        }
        return switch (entry.getAction()) {
            case "LOGIN_FAILURE" -> FAILURES.containsKey(detail) ? owner.getTranslation(FAILURES.get(detail)) : detail;
            case "LOGIN_LOCKED" -> lock(detail, owner);
            case "SESSION_ENDED" -> owner.getTranslation("audit.detail.sessionEnded." + detail);
            case "ACCOUNT_CREATED", "ACCOUNT_UPDATED" -> roles(detail, owner);
            default -> detail;
        };
    }

    private static String lock(String detail, Component owner) {
        Matcher matcher = LOCK.matcher(detail);
        if (!matcher.matches()) {
            return detail;
        }
        try {
            return owner.getTranslation("audit.detail.lock." + matcher.group(1),
                    Formats.dateTime(Instant.parse(matcher.group(2))));
        } catch (DateTimeParseException e) {
            return detail;
        }
    }

    private static String roles(String detail, Component owner) {
        return ROLE.matcher(detail).replaceAll(m -> owner.getTranslation("role." + Role.valueOf(m.group(1)).name()));
    }
}
