package fr.metamut.coverage.service;

import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.coverage.domain.PublishedSynthesisCellRepository;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.domain.SurveyNeedRepository;
import fr.metamut.coverage.domain.matrix.CoverageCalculator;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.Discrepancy;
import fr.metamut.coverage.domain.matrix.OperatorProfile;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.domain.matrix.PublishedValue;
import fr.metamut.coverage.domain.matrix.Reconciliation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage, computed from the current offerings (never stored, so never stale): the matrix, the priority
 * gaps, the reconciliation with the report's published table and the operator profiles. The matrix is
 * computed once per change and shared by every reader ({@link SharedCoverage}); open screens follow
 * {@link fr.metamut.coverage.domain.CoverageChangedEvent#TOPIC} to refresh from it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CoverageService {

    private final CatalogService catalog;
    private final SurveyNeedRepository needs;
    private final PublishedSynthesisCellRepository published;
    private final SharedCoverage shared;

    CoverageService(CatalogService catalog, SurveyNeedRepository needs, PublishedSynthesisCellRepository published,
                    SharedCoverage shared) {
        this.catalog = catalog;
        this.needs = needs;
        this.published = published;
        this.shared = shared;
    }

    /** The database's content as the computation's input. */
    public CoverageInput input() {
        List<CoverageInput.Departement> departements = catalog.departements().stream()
                .map(d -> new CoverageInput.Departement(d.getCode(), d.getName())).toList();
        List<CoverageInput.Service> services = catalog.services().stream().map(CoverageService::toService).toList();
        List<CoverageInput.Offer> offers = catalog.offerings().stream().map(CoverageService::toOffer).toList();
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
        return new CoverageInput(departements, services, offers, demand);
    }

    /** The matrix of the current data: the shared one, computed again only after a change. */
    public CoverageMatrix matrix() {
        return shared.current(this::input).matrix();
    }

    /** How many matrices were computed since start: one per change, however many screens show it. */
    public long computations() {
        return shared.computations();
    }

    /** The matrix without the given operators' offerings ("what if X stopped?"). */
    public CoverageMatrix matrixWithout(Set<Long> excludedOperators) {
        return CoverageCalculator.compute(input(), excludedOperators);
    }

    public List<PriorityGap> priorities() {
        return PriorityRanking.rank(matrix());
    }

    public List<Discrepancy> discrepancies() {
        return Reconciliation.compare(matrix(), publishedValues());
    }

    public List<PublishedValue> publishedValues() {
        return published.findAll().stream()
                .map(c -> new PublishedValue(c.getPosition(), c.getReportLabel(),
                        c.getServiceLine() == null ? null : c.getServiceLine().getId(),
                        c.getDepartement() == null ? null : c.getDepartement().getCode(), c.getValue()))
                .toList();
    }

    public List<OperatorProfile> profiles() {
        SharedCoverage.Snapshot current = shared.current(this::input);
        return OperatorProfile.of(current.input(), current.matrix());
    }

    /** The survey's unmet-needs lines, in the report's order. */
    public List<SurveyNeed> surveyNeeds() {
        return needs.findAll().stream().sorted(Comparator.comparingInt(SurveyNeed::getPosition)).toList();
    }

    public List<Departement> departements() {
        return catalog.departements();
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
