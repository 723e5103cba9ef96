package fr.metamut.actionplan.domain;

/** Where an action stands: à faire, en cours, fait, bloqué. */
public enum ActionStatus {
    A_FAIRE, EN_COURS, FAIT, BLOQUE;

    /** The translation key of its label (literal keys, so the translation check sees them). */
    public String messageKey() {
        return switch (this) {
            case A_FAIRE -> "plan.status.A_FAIRE";
            case EN_COURS -> "plan.status.EN_COURS";
            case FAIT -> "plan.status.FAIT";
            case BLOQUE -> "plan.status.BLOQUE";
        };
    }

    public boolean done() {
        return this == FAIT;
    }
}
