package fr.metamut.coverage.domain;

/** What an interview insight is: a new need, an action already coordinated regionally, a work perspective. */
public enum InsightKind {
    NEW_NEED, REGIONAL_ACTION, PERSPECTIVE
}
