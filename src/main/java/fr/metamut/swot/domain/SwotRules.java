package fr.metamut.swot.domain;

import java.util.ArrayList;
import java.util.List;

/** What makes a SWOT item valid; the service refuses with the first violation, the form shows them on fields. */
public final class SwotRules {

    /** A broken rule: the field it concerns, the translation key of its message and the message's arguments. */
    public record Violation(String field, String messageKey, List<Object> arguments) {
    }

    private SwotRules() {
    }

    public static List<Violation> check(SwotContent content) {
        List<Violation> violations = new ArrayList<>();
        if (content.title() == null || content.title().isBlank()) {
            violations.add(new Violation("title", "swot.error.titleRequired", List.of()));
        } else if (content.title().strip().length() > SwotItem.TITLE_MAX_LENGTH) {
            violations.add(new Violation("title", "swot.error.tooLong", List.of(SwotItem.TITLE_MAX_LENGTH)));
        }
        if (content.description() != null && content.description().strip().length() > SwotItem.DESCRIPTION_MAX_LENGTH) {
            violations.add(new Violation("description", "swot.error.tooLong", List.of(SwotItem.DESCRIPTION_MAX_LENGTH)));
        }
        SwotEvidence evidence = content.evidence();
        if ((evidence.serviceLineId() == null) != (evidence.departementId() == null)) {
            violations.add(new Violation("cell", "swot.error.cellIncomplete", List.of()));
        }
        return violations;
    }
}
