package fr.metamut.partnership.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What makes a partnership valid, in one place: the service refuses with the first violation, the
 * form shows the same rules on its fields, the entity asserts them again.
 */
public final class PartnershipRules {

    public static final int MIN_PARTIES = 2;

    /** A broken rule: the field it concerns, the translation key of its message and the message's arguments. */
    public record Violation(String field, String messageKey, List<Object> arguments) {
    }

    private PartnershipRules() {
    }

    public static List<Violation> check(PartnershipContent content) {
        List<Violation> violations = new ArrayList<>();
        if (content.name() == null || content.name().isBlank()) {
            violations.add(new Violation("name", "partnership.error.nameRequired", List.of()));
        } else if (content.name().strip().length() > Partnership.NAME_MAX_LENGTH) {
            violations.add(new Violation("name", "partnership.error.tooLong", List.of(Partnership.NAME_MAX_LENGTH)));
        }
        if (content.type() == null) {
            violations.add(new Violation("type", "partnership.error.typeRequired", List.of()));
        }
        if (content.status() == null) {
            violations.add(new Violation("status", "partnership.error.statusRequired", List.of()));
        }
        if (tooLong(content.description(), Partnership.DESCRIPTION_MAX_LENGTH)) {
            violations.add(new Violation("description", "partnership.error.tooLong",
                    List.of(Partnership.DESCRIPTION_MAX_LENGTH)));
        }
        if (tooLong(content.source(), Partnership.SOURCE_MAX_LENGTH)) {
            violations.add(new Violation("source", "partnership.error.tooLong", List.of(Partnership.SOURCE_MAX_LENGTH)));
        }
        if (!periodIsValid(content.startDate(), content.endDate())) {
            violations.add(new Violation("endDate", "partnership.error.endBeforeStart", List.of()));
        }
        if (new HashSet<>(content.operatorIds()).size() != content.operatorIds().size()) {
            violations.add(new Violation("operators", "partnership.error.duplicateParty", List.of()));
        } else if (content.operatorIds().size() < MIN_PARTIES) {
            violations.add(new Violation("operators", "partnership.error.parties", List.of(MIN_PARTIES)));
        }
        return violations;
    }

    /** An end date, when given, is not before the start date. */
    public static boolean periodIsValid(LocalDate start, @Nullable LocalDate end) {
        return start == null || end == null || !end.isBefore(start);
    }

    private static boolean tooLong(@Nullable String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
