package fr.metamut.coverage.service;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate readOnly;

    CoverageService(CatalogService catalog, SurveyNeedRepository needs, PublishedSynthesisCellRepository published,
                    SharedCoverage shared, PlatformTransactionManager transactions) {
        this.catalog = catalog;
        this.needs = needs;
        this.published = published;
        this.shared = shared;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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

    /**
     * The matrix of the current data: the shared one, computed again only after a change. Outside a transaction
     * (a page load) it opens none while the shared one is current: beginning and ending one was about 13 % of a
     * matrix page load's CPU with the other reads; a new input is read in one read-only transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public CoverageMatrix matrix() {
        return shared.current(this::readInput).matrix();
    }

    /** {@link #input()} in one read-only transaction (joining the caller's if there is one). */
    private CoverageInput readInput() {
        return readOnly.execute(status -> input());
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
        SharedCoverage.Snapshot current = shared.current(this::readInput);
        return OperatorProfile.of(current.input(), current.matrix());
    }

    /** The survey's unmet-needs lines, in the report's order. */
    public List<SurveyNeed> surveyNeeds() {
        return needs.findAll().stream().sorted(Comparator.comparingInt(SurveyNeed::getPosition)).toList();
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
