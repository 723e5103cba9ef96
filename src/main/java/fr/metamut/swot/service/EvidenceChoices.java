package fr.metamut.swot.service;

import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.partnership.domain.Partnership;
import java.util.List;

/** What a SWOT item can point at: catalogue services and départements (a cell), survey needs, partnerships. */
public record EvidenceChoices(List<ServiceLine> services, List<Departement> departements, List<SurveyNeed> needs,
                              List<Partnership> partnerships) {
}
