package fr.metamut.actionplan.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what on the action plan. Every logged-in user reads the whole plan. A director creates,
 * changes and deletes the actions their operator owns (and cannot hand one to another operator); on
 * actions their operator only contributes to, they report progress: status, progress and the
 * indicator's current value, nothing else. Coordinators steer the plan: they create, change and delete
 * any action. Administrators manage the application, not the plan: they only read it. Generating the
 * actions of a validated joint offer is for its lead's director and for coordinators.
 */
public final class ActionPermissions {

    private ActionPermissions() {
    }

    /** Whether the user may create actions at all (for some owner). */
    public static boolean canCreate(AppUser user) {
        return user.hasRole(Role.COORDINATOR) || (user.hasRole(Role.DIRECTOR) && user.getOperatorId() != null);
    }

    /** Create, change everything, delete: on actions owned by {@code ownerId}. */
    public static boolean canManage(AppUser user, @Nullable Long ownerId) {
        return user.hasRole(Role.COORDINATOR) || (ownerId != null && user.directs(ownerId));
    }

    /** Report status, progress and the indicator's current value. */
    public static boolean canReportProgress(AppUser user, Long ownerId, Collection<Long> contributorIds) {
        return canManage(user, ownerId)
                || (user.hasRole(Role.DIRECTOR) && user.getOperatorId() != null && contributorIds.contains(user.getOperatorId()));
    }

    /** Generate the actions of a validated joint offer led by {@code leadId}. */
    public static boolean canGenerate(AppUser user, Long leadId) {
        return user.hasRole(Role.COORDINATOR) || user.directs(leadId);
    }
}
