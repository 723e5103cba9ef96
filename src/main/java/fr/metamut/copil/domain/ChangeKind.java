package fr.metamut.copil.domain;

/** What changed between two meetings, in the order the committee reads it. */
public enum ChangeKind {
    GAP_CLOSED, GAP_OPENED, DOUBLON_CREATED, DOUBLON_REMOVED,
    OFFER_SUBMITTED, OFFER_DECIDED, OFFER_WITHDRAWN,
    ACTION_COMPLETED, ACTION_LATE, DEADLINE_MOVED,
    PARTNERSHIP_STARTED, PARTNERSHIP_ENDED,
    SWOT_ADDED, SWOT_CHANGED, SWOT_REMOVED;

    /** The translation key of its label (e.g. "Absence comblée"). */
    public String messageKey() {
        return "copil.change." + name();
    }
}
