package fr.metamut.partnership.domain;

/** Where an agreement stands. */
public enum PartnershipStatus {
    EN_PROJET, ACTIVE, TERMINEE;

    /** The translation key of the status's label. */
    public String messageKey() {
        return "partnership.status." + name();
    }
}
