package fr.metamut.coverage.service;

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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    private final SurveyNeedRepository needs;
    private final PublishedSynthesisCellRepository published;
    private final CoverageInputReader reader;
    private final SharedCoverage shared;

    CoverageService(SurveyNeedRepository needs, PublishedSynthesisCellRepository published, CoverageInputReader reader,
                    SharedCoverage shared) {
        this.needs = needs;
        this.published = published;
        this.reader = reader;
        this.shared = shared;
    }

    /** The database's content as the computation's input. */
    public CoverageInput input() {
        return reader.read();
    }

    /**
     * The matrix of the current data: the shared one, computed again only after a change. Outside a transaction
     * (a page load) it opens none while the shared one is current: beginning and ending one was about 13 % of a
     * matrix page load's CPU with the other reads; a new input is read in one read-only transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public CoverageMatrix matrix() {
        return shared.current().matrix();
    }

    /**
     * Every operator by name, as of the shared matrix: like {@link #matrix()}, no query nor transaction while it is
     * current (the matrix page read them from the catalogue at each load, about a tenth of its build).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<CoverageInput.Operator> operators() {
        return shared.current().input().operators();
    }

    /** How many matrices were computed since start: one per change, however many screens show it. */
    public long computations() {
        return shared.computations();
    }

    /**
     * The matrix without the given operators' offerings ("what if X stopped?"), computed from the shared matrix's
     * input: like {@link #matrix()}, no query while it is current.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public CoverageMatrix matrixWithout(Set<Long> excludedOperators) {
        return CoverageCalculator.compute(shared.current().input(), excludedOperators);
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
        SharedCoverage.Snapshot current = shared.current();
        return OperatorProfile.of(current.input(), current.matrix());
    }

    /** The survey's unmet-needs lines, in the report's order. */
    public List<SurveyNeed> surveyNeeds() {
        return needs.findAll().stream().sorted(Comparator.comparingInt(SurveyNeed::getPosition)).toList();
    }
}
