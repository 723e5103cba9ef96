package fr.metamut.copil.service;

import fr.metamut.copil.domain.Baseline;
import fr.metamut.copil.domain.Comparison;
import fr.metamut.copil.domain.Decision;
import fr.metamut.copil.domain.FollowUp;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.domain.SinceLastMeetingSheet;
import fr.metamut.workbook.domain.Labels;
import fr.metamut.workbook.domain.WorkbookSheet;
import fr.metamut.workbook.service.WorkbookSupplement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Adds "Depuis le dernier COPIL" to the workbook: for a meeting, what changed since the meeting before it and
 * what became of that meeting's decisions; without a meeting, what changed since the latest one (none recorded:
 * no sheet). In French, like the rest of the workbook.
 */
@Component
class CopilWorkbookSheets implements WorkbookSupplement {

    private final CopilService copil;
    private final Clock clock;

    CopilWorkbookSheets(CopilService copil, Clock clock) {
        this.copil = copil;
        this.clock = clock;
    }

    @Override
    public List<WorkbookSheet> sheets(@Nullable String meeting) {
        Labels labels = copil.labels(Locale.FRENCH);
        LocalDate today = LocalDate.now(clock);
        Meeting to = meeting == null ? null : copil.find(meeting);
        Optional<Meeting> from = to == null ? copil.latest() : copil.previous(to.getId());
        if (to == null && from.isEmpty()) {
            return List.of();
        }
        List<Decision> decisions = to == null ? List.of() : to.getDecisions();
        if (from.isEmpty()) {
            return List.of(new SinceLastMeetingSheet(new SinceLastMeetingSheet.Content(null,
                    SinceLastMeetingSheet.Heading.of(to), null, List.of(), decisions, today), labels));
        }
        Baseline before = copil.baseline(from.get().getId());
        Baseline after = to == null ? copil.current() : copil.baseline(to.getId());
        List<FollowUp> followUps = from.get().getDecisions().stream().map(d -> FollowUp.of(d, after, labels)).toList();
        return List.of(new SinceLastMeetingSheet(new SinceLastMeetingSheet.Content(
                SinceLastMeetingSheet.Heading.of(from.get()), to == null ? null : SinceLastMeetingSheet.Heading.of(to),
                Comparison.of(before, after, labels), followUps, decisions, today), labels));
    }
}
