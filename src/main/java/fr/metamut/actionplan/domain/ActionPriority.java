package fr.metamut.actionplan.domain;

/** How urgent an action is; declared from the most to the least urgent, so natural order sorts by urgency. */
public enum ActionPriority {
    HAUTE, MOYENNE, BASSE;

    /** The translation key of its label. */
    public String messageKey() {
        return switch (this) {
            case HAUTE -> "plan.priority.HAUTE";
            case MOYENNE -> "plan.priority.MOYENNE";
            case BASSE -> "plan.priority.BASSE";
        };
    }
}
