package fr.metamut.swot.ui.component;

import fr.metamut.swot.service.SwotItemActions;
import fr.metamut.swot.service.SwotItemActions.LinkedAction;
import java.util.List;
import java.util.Map;

/**
 * What the board shows of the action plan, read once per refresh: the actions linked to each item and
 * whether the user may add one. {@link #NONE} when the application has no action plan.
 */
public record BoardActionPlan(SwotItemActions plan, Map<Long, List<LinkedAction>> linked, boolean canCreate) {

    public static final BoardActionPlan NONE = new BoardActionPlan(null, Map.of(), false);

    public static BoardActionPlan read(SwotItemActions plan) {
        return plan == null ? NONE : new BoardActionPlan(plan, plan.linkedActions(), plan.canCreate());
    }

    public List<LinkedAction> actionsOf(Long itemId) {
        return linked.getOrDefault(itemId, List.of());
    }

    /** Whether the item's card has anything to show of the plan: actions, or a way to add one. */
    public boolean showsOn(Long itemId) {
        return plan != null && (canCreate || !actionsOf(itemId).isEmpty());
    }
}
