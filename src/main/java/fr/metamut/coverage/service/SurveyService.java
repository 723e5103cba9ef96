package fr.metamut.coverage.service;

import fr.metamut.coverage.domain.InterviewInsight;
import fr.metamut.coverage.domain.InterviewInsightRepository;
import fr.metamut.coverage.domain.SurveyFact;
import fr.metamut.coverage.domain.SurveyFactRepository;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.domain.SurveyNeedRepository;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the survey and interview data, for every logged-in user. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SurveyService {

    private final SurveyFactRepository facts;
    private final SurveyNeedRepository needs;
    private final InterviewInsightRepository insights;

    public SurveyService(SurveyFactRepository facts, SurveyNeedRepository needs, InterviewInsightRepository insights) {
        this.facts = facts;
        this.needs = needs;
        this.insights = insights;
    }

    public List<SurveyFact> facts() {
        return facts.findAll(Sort.by("id"));
    }

    public List<SurveyNeed> needs() {
        return needs.findAll().stream().sorted(Comparator.comparingInt(SurveyNeed::getPosition)).toList();
    }

    public List<InterviewInsight> insights() {
        return insights.findAll().stream()
                .sorted(Comparator.comparing(InterviewInsight::getKind).thenComparingInt(InterviewInsight::getPosition))
                .toList();
    }
}
