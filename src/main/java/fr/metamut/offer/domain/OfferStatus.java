package fr.metamut.offer.domain;

/** Where a joint offer stands in the Région's workflow. */
public enum OfferStatus {
    BROUILLON, SOUMISE, EN_INSTRUCTION, VALIDEE, REFUSEE, MODIFICATIONS_DEMANDEES, RETIREE;

    /** Only drafts have editable content. */
    public boolean contentEditable() {
        return this == BROUILLON;
    }

    /** Decided offers are read-only until a coordinator reopens them. */
    public boolean decided() {
        return this == VALIDEE || this == REFUSEE;
    }
}
