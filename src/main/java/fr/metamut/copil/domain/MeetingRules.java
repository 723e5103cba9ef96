package fr.metamut.copil.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What makes a meeting record valid, in one place: the service refuses with the first violation (on its field),
 * the form shows the same rules, the entity asserts them again.
 */
public final class MeetingRules {

    /** The committee did not meet before the report that started the effort. */
    public static final LocalDate EARLIEST = LocalDate.of(2021, 1, 1);
    public static final int MAX_DECISIONS = 100;

    /** A broken rule: the form field it concerns, the translation key of its message and the message's arguments. */
    public record Violation(String field, String messageKey, List<Object> arguments) {
    }

    private MeetingRules() {
    }

    public static List<Violation> check(MeetingContent content) {
        List<Violation> violations = new ArrayList<>();
        if (content.date() == null) {
            violations.add(new Violation("date", "copil.error.dateRequired", List.of()));
        } else if (content.date().isBefore(EARLIEST)) {
            violations.add(new Violation("date", "copil.error.dateTooEarly", List.of()));
        }
        if (content.title() == null || content.title().isBlank()) {
            violations.add(new Violation("title", "copil.error.titleRequired", List.of()));
        } else if (tooLong(content.title(), Meeting.TITLE_MAX_LENGTH)) {
            violations.add(new Violation("title", "copil.error.tooLong", List.of(Meeting.TITLE_MAX_LENGTH)));
        }
        if (tooLong(content.agenda(), Meeting.AGENDA_MAX_LENGTH)) {
            violations.add(new Violation("agenda", "copil.error.tooLong", List.of(Meeting.AGENDA_MAX_LENGTH)));
        }
        if (content.decisions().size() > MAX_DECISIONS) {
            violations.add(new Violation("decisions", "copil.error.tooManyDecisions", List.of(MAX_DECISIONS)));
        }
        for (MeetingContent.DecisionDraft decision : content.decisions()) {
            if (decision.text() == null || decision.text().isBlank()) {
                violations.add(new Violation("decisions", "copil.error.decisionRequired", List.of()));
            } else if (tooLong(decision.text(), Decision.TEXT_MAX_LENGTH)) {
                violations.add(new Violation("decisions", "copil.error.tooLong", List.of(Decision.TEXT_MAX_LENGTH)));
            }
            if ((decision.linkKind() == null) != (decision.linkId() == null)) {
                violations.add(new Violation("decisions", "copil.error.linkIncomplete", List.of()));
            }
        }
        return violations;
    }

    private static boolean tooLong(@Nullable String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
