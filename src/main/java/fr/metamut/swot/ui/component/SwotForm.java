package fr.metamut.swot.ui.component;

import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.domain.SwotEvidence;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.service.EvidenceChoices;
import java.util.List;
import java.util.Objects;

/** The SWOT item form's bean: title, description and the evidence chosen among {@link EvidenceChoices}. */
public class SwotForm {

    private String title;
    private String description;
    private ServiceLine service;
    private Departement departement;
    private SurveyNeed need;
    private Partnership partnership;

    public static SwotForm of(SwotItem item, EvidenceChoices choices) {
        SwotForm form = new SwotForm();
        form.title = item.getTitle();
        form.description = item.getDescription();
        SwotEvidence evidence = item.getEvidence();
        form.service = find(choices.services(), evidence.serviceLineId());
        form.departement = find(choices.departements(), evidence.departementId());
        form.need = find(choices.needs(), evidence.surveyNeedId());
        form.partnership = find(choices.partnerships(), evidence.partnershipId());
        return form;
    }

    private static <T extends fr.metamut.base.domain.AbstractEntity> T find(List<T> choices, Long id) {
        return id == null ? null : choices.stream().filter(c -> Objects.equals(c.getId(), id)).findFirst().orElse(null);
    }

    public SwotContent toContent() {
        return new SwotContent(title, description, new SwotEvidence(service == null ? null : service.getId(),
                departement == null ? null : departement.getId(), need == null ? null : need.getId(),
                partnership == null ? null : partnership.getId()));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ServiceLine getService() {
        return service;
    }

    public void setService(ServiceLine service) {
        this.service = service;
    }

    public Departement getDepartement() {
        return departement;
    }

    public void setDepartement(Departement departement) {
        this.departement = departement;
    }

    public SurveyNeed getNeed() {
        return need;
    }

    public void setNeed(SurveyNeed need) {
        this.need = need;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public void setPartnership(Partnership partnership) {
        this.partnership = partnership;
    }
}
