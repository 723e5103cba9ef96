package fr.metamut.actionplan.ui.component;

import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.service.ActionPermissions;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.actionplan.service.LinkOption;
import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.catalog.domain.Operator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens the action dialog for a new or an existing action, in the mode the user's rights give, and
 * sends what they save to the matching service call: create, update, or a progress report.
 */
public class ActionEditor {

    private final ActionPlanService plan;
    private final AppUser me;

    public ActionEditor(ActionPlanService plan, AppUser me) {
        this.plan = plan;
        this.me = me;
    }

    /** {@code row} is the action to edit, or {@code null} for a new one. */
    public void open(ActionRow row, List<Operator> operators, LocalDate today, Runnable afterSave) {
        open(row, null, operators, today, afterSave);
    }

    /** A new action, already linked to a SWOT item (the user may still change the link). */
    public void openLinkedTo(LinkOption swotItem, List<Operator> operators, LocalDate today, Runnable afterSave) {
        open(null, swotItem, operators, today, afterSave);
    }

    private void open(ActionRow row, LinkOption swotItem, List<Operator> operators, LocalDate today,
                      Runnable afterSave) {
        Map<Long, Operator> byId = operators.stream().collect(Collectors.toMap(Operator::getId, Function.identity()));
        ActionDialog.Options options = new ActionDialog.Options(operators, plan.offerOptions(), plan.swotOptions(),
                plan.gapOptions());
        boolean coordinator = me.hasRole(Role.COORDINATOR);
        ActionDraft draft = row == null ? ActionDraft.newAction(coordinator ? null : byId.get(me.getOperatorId()))
                : ActionDraft.of(row, byId, options);
        if (swotItem != null) {
            draft.setSwotItem(swotItem);
        }
        ActionDialog.Mode mode = row != null && !ActionPermissions.canManage(me, row.owner().id())
                ? ActionDialog.Mode.PROGRESS_ONLY : coordinator ? ActionDialog.Mode.FULL : ActionDialog.Mode.OWN_OPERATOR;
        new ActionDialog(options, today, d -> save(d, mode), afterSave).open(draft, mode);
    }

    private void save(ActionDraft draft, ActionDialog.Mode mode) {
        if (draft.isNew()) {
            plan.create(draft.toContent());
        } else if (mode == ActionDialog.Mode.PROGRESS_ONLY) {
            plan.reportProgress(draft.getId(), draft.getVersion(), draft.getStatus(), draft.getProgress(),
                    draft.getIndicatorCurrent());
        } else {
            plan.update(draft.getId(), draft.getVersion(), draft.toContent());
        }
    }
}
