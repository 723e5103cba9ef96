package fr.metamut.catalog.ui.component;

import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.ServiceLine;

/** What the offering dialogs edit: the service, the département and the note of an offering. */
public class OfferingDraft {

    private Departement departement;
    private ServiceLine service;
    private String note = "";

    /** The offering as its note dialog shows it. */
    public static OfferingDraft of(Offering offering) {
        OfferingDraft draft = new OfferingDraft();
        draft.departement = offering.getDepartement();
        draft.service = offering.getServiceLine();
        draft.note = offering.getNote() == null ? "" : offering.getNote();
        return draft;
    }

    public Departement getDepartement() {
        return departement;
    }

    public void setDepartement(Departement departement) {
        this.departement = departement;
    }

    public ServiceLine getService() {
        return service;
    }

    public void setService(ServiceLine service) {
        this.service = service;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
