package fr.metamut.offer.domain;

/** A coverage cell addressed by a validated offer, read in one query for the matrix's "planned" marks. */
public record PlannedCell(String serviceCode, String departementCode, String offerTitle) {

    /** The matrix's key of the cell: {@code SERVICE_CODE/DEPARTEMENT_CODE}. */
    public String cellKey() {
        return serviceCode + "/" + departementCode;
    }
}
