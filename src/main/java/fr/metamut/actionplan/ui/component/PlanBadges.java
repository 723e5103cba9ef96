package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionStatus;
import java.util.Locale;

/** The small labels every view of the plan shows the same way: status, priority, overdue. */
public final class PlanBadges {

    private PlanBadges() {
    }

    public static Span status(ActionStatus status) {
        Span badge = new Span(UI.getCurrent().getTranslation(status.messageKey()));
        badge.addClassNames("tag", "plan-status", "plan-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    public static Span priority(ActionPriority priority) {
        Span badge = new Span(UI.getCurrent().getTranslation(priority.messageKey()));
        badge.addClassNames("tag", "plan-priority", "plan-priority-" + priority.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** Marks an action whose due date has passed and that is not done. */
    public static Span overdue() {
        Span badge = new Span(UI.getCurrent().getTranslation("plan.overdue"));
        badge.addClassNames("tag", "plan-overdue-badge");
        return badge;
    }
}
