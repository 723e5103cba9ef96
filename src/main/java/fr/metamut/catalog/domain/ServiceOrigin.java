package fr.metamut.catalog.domain;

/**
 * Why a service is in the catalogue: a line of the report's synthesis table, an extra named in RVVN's
 * list, a need named by the survey, or added by an administrator.
 */
public enum ServiceOrigin {
    SYNTHESE, RVVN, ENQUETE, AJOUT;

    /** Whether the report's 32-line synthesis table lacks this service. */
    public boolean outsideSynthesisTable() {
        return this != SYNTHESE;
    }
}
