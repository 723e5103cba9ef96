package fr.metamut.actionplan.service;

import fr.metamut.actionplan.domain.ActionPlanChangedEvent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.swot.service.SwotItemActions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan as the SWOT board shows it: the actions linked to each item, read like the plan reads
 * them (same order, same overdue rule), and the plan's links that list them or add one. Every logged-in
 * user reads the plan; adding is for those {@link ActionPermissions#canCreate} allows.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SwotLinkedActions implements SwotItemActions {

    /** The action plan page, and the query parameters it reads: a SWOT item to filter on, a new action to open. */
    public static final String PLAN_ROUTE = "plan-actions";
    public static final String SWOT_PARAMETER = "afom";
    public static final String NEW_PARAMETER = "nouvelle";

    private final PlanActionRepository actions;
    private final CurrentUser currentUser;
    private final Clock clock;

    public SwotLinkedActions(PlanActionRepository actions, CurrentUser currentUser, Clock clock) {
        this.actions = actions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<LinkedAction>> linkedActions() {
        LocalDate today = LocalDate.now(clock);
        // no service names: the board shows neither the gap nor any other link of the action
        return actions.findAllLinkedToSwot().stream().map(a -> ActionRow.of(a, today, Map.of()))
                .sorted(ActionRow.PLAN_ORDER)
                .collect(Collectors.groupingBy(row -> row.links().swotItemId(), Collectors.mapping(
                        row -> new LinkedAction(row.id(), row.title(), row.status().messageKey(), row.progress(), row.done(),
                                row.overdue()), Collectors.toList())));
    }

    @Override
    public boolean canCreate() {
        return ActionPermissions.canCreate(currentUser.require());
    }

    @Override
    public String planLocation(long swotItemId, boolean newAction) {
        return PLAN_ROUTE + "?" + SWOT_PARAMETER + "=" + swotItemId + (newAction ? "&" + NEW_PARAMETER + "=1" : "");
    }

    @Override
    public String changeTopic() {
        return ActionPlanChangedEvent.TOPIC;
    }
}
