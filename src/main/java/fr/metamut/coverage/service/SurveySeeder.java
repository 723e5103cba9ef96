package fr.metamut.coverage.service;

import static fr.metamut.base.service.CsvTable.optional;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.CsvTable;
import fr.metamut.base.service.ReferenceDataSeeder;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.coverage.domain.InsightKind;
import fr.metamut.coverage.domain.InterviewInsight;
import fr.metamut.coverage.domain.InterviewInsightRepository;
import fr.metamut.coverage.domain.PublishedSynthesisCell;
import fr.metamut.coverage.domain.PublishedSynthesisCellRepository;
import fr.metamut.coverage.domain.SurveyFact;
import fr.metamut.coverage.domain.SurveyFactRepository;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.domain.SurveyNeedRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Loads the survey and report tables: unmet needs per département, headline survey facts, the
 * published synthesis table (as published) and the interview insights.
 */
@Component
public class SurveySeeder implements ReferenceDataSeeder {

    private static final String DIR = "referencedata/";
    private static final List<String> DEPARTEMENTS = List.of("02", "59", "60", "62", "80");

    private final CatalogLookup catalog;
    private final SurveyNeedRepository needs;
    private final SurveyFactRepository facts;
    private final PublishedSynthesisCellRepository published;
    private final InterviewInsightRepository insights;

    public SurveySeeder(CatalogLookup catalog, SurveyNeedRepository needs, SurveyFactRepository facts,
                        PublishedSynthesisCellRepository published, InterviewInsightRepository insights) {
        this.catalog = catalog;
        this.needs = needs;
        this.facts = facts;
        this.published = published;
        this.insights = insights;
    }

    @Override
    public String dataset() {
        return "enquete-rapport-2021";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int load() {
        int rows = 0;
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "survey_needs.csv").rows()) {
            SurveyNeed need = new SurveyNeed(Integer.parseInt(row.get("position")), row.get("report_label"),
                    row.get("label"), service(optional(row, "service")), new BigDecimal(row.get("region")),
                    optional(row, "mapping_note"), Sources.REPORT_2021);
            for (String code : DEPARTEMENTS) {
                need.putPercent(departement(code), new BigDecimal(row.get(code)));
            }
            needs.save(need);
            rows++;
        }
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "survey_facts.csv").rows()) {
            facts.save(new SurveyFact(row.get("code"), row.get("label"), new BigDecimal(row.get("value")),
                    optional(row, "unit"), Sources.REPORT_2021));
            rows++;
        }
        int position = 0;
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "published_synthesis.csv").rows()) {
            position++;
            ServiceLine service = service(optional(row, "service"));
            for (String code : DEPARTEMENTS) {
                published.save(new PublishedSynthesisCell(position, row.get("report_label"), service,
                        departement(code), Integer.parseInt(row.get(code)), Sources.REPORT_2021));
            }
            published.save(new PublishedSynthesisCell(position, row.get("report_label"), service, null,
                    Integer.parseInt(row.get("total")), Sources.REPORT_2021));
            rows++;
        }
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "interview_insights.csv").rows()) {
            insights.save(new InterviewInsight(InsightKind.valueOf(row.get("kind")),
                    Integer.parseInt(row.get("position")), row.get("title"), Sources.REPORT_2021));
            rows++;
        }
        return rows;
    }

    private ServiceLine service(String code) {
        return code == null ? null : catalog.service(code)
                .orElseThrow(() -> new IllegalStateException("Unknown service " + code));
    }

    private fr.metamut.catalog.domain.Departement departement(String code) {
        return catalog.departement(code)
                .orElseThrow(() -> new IllegalStateException("Unknown département " + code));
    }
}
