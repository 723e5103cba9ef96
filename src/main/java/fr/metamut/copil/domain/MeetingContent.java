package fr.metamut.copil.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator types about a meeting: its date, title, agenda, the operators present and the decisions
 * taken (each optionally linked, by kind and id; the service resolves the item's title).
 */
public record MeetingContent(LocalDate date, String title, String agenda, List<Long> attendeeIds,
                             List<DecisionDraft> decisions) {

    public MeetingContent {
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** One decision as typed: its text and, optionally, what it is about. */
    public record DecisionDraft(String text, @Nullable DecisionLink linkKind, @Nullable Long linkId) {

        public static DecisionDraft of(String text) {
            return new DecisionDraft(text, null, null);
        }
    }
}
