package fr.metamut.copil.domain;

import fr.metamut.workbook.domain.Labels;
import org.jspecify.annotations.Nullable;

/**
 * What became of a decision: the state of the item it is about in a baseline (the offer's status, the action's
 * status and progress, whether the SWOT item is still on the board), or that the item is no longer there.
 * A decision about nothing has no state to follow.
 */
public record FollowUp(Decision decision, @Nullable String state) {

    public static FollowUp of(Decision decision, Baseline at, Labels labels) {
        return new FollowUp(decision, state(decision, at, labels));
    }

    /** The linked item's state in {@code at}, in words; {@code null} for a decision about nothing. */
    public static @Nullable String state(Decision decision, Baseline at, Labels labels) {
        if (!decision.isLinked()) {
            return null;
        }
        long id = decision.getLinkId();
        String missing = labels.text("copil.followUp.missing");
        return switch (decision.getLinkKind()) {
            case OFFER -> at.offers().stream().filter(o -> o.id() == id).findFirst()
                    .map(o -> labels.text(o.statusKey())).orElse(missing);
            case ACTION -> at.actions().stream().filter(a -> a.id() == id).findFirst()
                    .map(a -> labels.text(a.overdue() ? "copil.followUp.actionLate" : "copil.followUp.action",
                            labels.text(a.statusKey()), a.progress()))
                    .orElse(missing);
            case SWOT -> at.swot().stream().filter(s -> s.id() == id).findFirst()
                    .map(s -> labels.text("copil.followUp.swot", labels.text(s.quadrantKey()), s.title()))
                    .orElse(missing);
        };
    }
}
