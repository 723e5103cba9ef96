package fr.metamut.copil.domain;

/** What a committee decision may be about: a joint offer, an action of the plan or a SWOT (AFOM) item. */
public enum DecisionLink {
    OFFER, ACTION, SWOT;

    /** The translation key of the kind's name. */
    public String messageKey() {
        return "copil.link." + name();
    }
}
