package fr.metamut.swot.service;

import java.util.List;
import java.util.Map;

/**
 * The actions of the plan that serve each SWOT item, and where to follow or add them: implemented by the
 * action plan (which links its actions to SWOT items), so that the board shows them without depending
 * on it. Absent when the application has no action plan.
 */
public interface SwotItemActions {

    /** One action linked to an item: its title, the translation key of its status, whether it is done or late. */
    record LinkedAction(long id, String title, String statusKey, int progress, boolean done, boolean overdue) {
    }

    /** The actions linked to each SWOT item (by item id, in the plan's order); items without any are absent. */
    Map<Long, List<LinkedAction>> linkedActions();

    /** Whether the current user may create actions, hence offer to add one from an item. */
    boolean canCreate();

    /**
     * Where the plan lists the actions linked to the item ({@code newAction}: and opens a new action
     * already linked to it), as a location with its query string.
     */
    String planLocation(long swotItemId, boolean newAction);

    /** The change-feed topic to follow to know when linked actions may have changed. */
    String changeTopic();
}
