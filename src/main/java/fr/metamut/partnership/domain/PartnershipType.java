package fr.metamut.partnership.domain;

/** The kind of agreement. */
public enum PartnershipType {
    PLATEFORME_MUTUALISEE, GROUPEMENT_DE_COMMANDES, DPD_MUTUALISE, CONVENTION, AUTRE;

    /** The translation key of the type's label. */
    public String messageKey() {
        return "partnership.type." + name();
    }
}
