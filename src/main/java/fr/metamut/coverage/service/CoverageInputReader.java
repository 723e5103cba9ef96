package fr.metamut.coverage.service;

import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.domain.SurveyNeedRepository;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the coverage computation's input from the database in one read-only transaction (joining the caller's
 * if there is one). Internal to the coverage services: it checks nobody's rights, so that {@link SharedCoverage}
 * can read the new input from its own thread; {@link CoverageService} is what users reach.
 */
@Component
class CoverageInputReader {

    private final CatalogLookup catalog;
    private final SurveyNeedRepository needs;
    private final TransactionTemplate readOnly;

    CoverageInputReader(CatalogLookup catalog, SurveyNeedRepository needs, PlatformTransactionManager transactions) {
        this.catalog = catalog;
        this.needs = needs;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    CoverageInput read() {
        return readOnly.execute(status -> input());
    }

    private CoverageInput input() {
        List<CoverageInput.Departement> columns = catalog.departementsByCode().stream()
                .map(d -> new CoverageInput.Departement(d.getCode(), d.getName())).toList();
        List<CoverageInput.Service> rows = catalog.servicesInCatalogueOrder().stream()
                .map(CoverageInputReader::toService).toList();
        List<CoverageInput.Offer> offers = catalog.offerings().stream().map(CoverageInputReader::toOffer).toList();
        List<CoverageInput.Demand> demand = new ArrayList<>();
        for (SurveyNeed need : needs.findAll()) {
            if (need.getServiceLine() == null) {
                continue;
            }
            long serviceId = need.getServiceLine().getId();
            need.getValues().forEach(v -> demand.add(
                    new CoverageInput.Demand(serviceId, v.getDepartement().getCode(), v.getPercent())));
            demand.add(new CoverageInput.Demand(serviceId, null, need.getRegionPercent()));
        }
        List<CoverageInput.Operator> operators = catalog.operatorsByName().stream()
                .map(o -> new CoverageInput.Operator(o.getId(), o.getCode(), o.getName())).toList();
        return new CoverageInput(columns, rows, offers, demand, operators);
    }

    private static CoverageInput.Service toService(ServiceLine s) {
        return new CoverageInput.Service(s.getId(), s.getCode(), s.getName(), s.getFamily().getName(),
                s.getFamily().getPosition(), !s.getOrigin().outsideSynthesisTable());
    }

    private static CoverageInput.Offer toOffer(Offering o) {
        return new CoverageInput.Offer(o.getOperator().getId(), o.getOperator().getName(), o.getServiceLine().getId(),
                o.getDepartement().getCode());
    }
}
