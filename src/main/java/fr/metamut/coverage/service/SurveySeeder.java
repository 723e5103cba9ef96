package fr.metamut.coverage.service;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.ReferenceCsv;
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
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Loads the survey and report tables: unmet needs per département, headline survey facts, the
 * published synthesis table (as published) and the interview insights.
 */
@Component
public class SurveySeeder implements ReferenceDataSeeder {

    private static final String DIR = "referencedata/";
    private static final List<String> DEPARTEMENTS = List.of("02", "59", "60", "62", "80");
    public static final ReferenceCsv NEEDS = ReferenceCsv.classpath(DIR + "survey_needs.csv",
            "position", "report_label", "label", "service", "02", "59", "60", "62", "80", "region", "mapping_note");
    public static final ReferenceCsv FACTS = ReferenceCsv.classpath(DIR + "survey_facts.csv",
            "code", "label", "value", "unit");
    public static final ReferenceCsv PUBLISHED = ReferenceCsv.classpath(DIR + "published_synthesis.csv",
            "service", "report_label", "62", "59", "02", "60", "80", "total");
    public static final ReferenceCsv INSIGHTS = ReferenceCsv.classpath(DIR + "interview_insights.csv",
            "kind", "position", "title");

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
    public List<ReferenceCsv> files() {
        return List.of(NEEDS, FACTS, PUBLISHED, INSIGHTS);
    }

    @Override
    public int load() {
        int rows = 0;
        for (ReferenceCsv.Row row : NEEDS.rows()) {
            SurveyNeed need = new SurveyNeed(row.integer("position"), row.get("report_label"),
                    row.get("label"), service(row.optional("service")), row.decimal("region"),
                    row.optional("mapping_note"), Sources.REPORT_2021);
            for (String code : DEPARTEMENTS) {
                need.putPercent(departement(code), row.decimal(code));
            }
            needs.save(need);
            rows++;
        }
        for (ReferenceCsv.Row row : FACTS.rows()) {
            facts.save(new SurveyFact(row.get("code"), row.get("label"), row.decimal("value"),
                    row.optional("unit"), Sources.REPORT_2021));
            rows++;
        }
        int position = 0;
        for (ReferenceCsv.Row row : PUBLISHED.rows()) {
            position++;
            ServiceLine service = service(row.optional("service"));
            for (String code : DEPARTEMENTS) {
                published.save(new PublishedSynthesisCell(position, row.get("report_label"), service,
                        departement(code), row.integer(code), Sources.REPORT_2021));
            }
            published.save(new PublishedSynthesisCell(position, row.get("report_label"), service, null,
                    row.integer("total"), Sources.REPORT_2021));
            rows++;
        }
        for (ReferenceCsv.Row row : INSIGHTS.rows()) {
            insights.save(new InterviewInsight(InsightKind.valueOf(row.get("kind")),
                    row.integer("position"), row.get("title"), Sources.REPORT_2021));
            rows++;
        }
        return rows;
    }

    private @Nullable ServiceLine service(@Nullable String code) {
        return code == null ? null : catalog.service(code)
                .orElseThrow(() -> new IllegalStateException("Unknown service " + code));
    }

    private fr.metamut.catalog.domain.Departement departement(String code) {
        return catalog.departement(code)
                .orElseThrow(() -> new IllegalStateException("Unknown département " + code));
    }
}
