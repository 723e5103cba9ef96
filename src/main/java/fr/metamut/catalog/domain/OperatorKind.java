package fr.metamut.catalog.domain;

/** The legal form of an operator; labels are translated under {@code operator.kind.*}. */
public enum OperatorKind {
    SYNDICAT_MIXTE, CENTRE_DE_GESTION, SPL, CENTRALE_ACHAT, ASSOCIATION, AGENCE_TECHNIQUE, AUTRE
}
