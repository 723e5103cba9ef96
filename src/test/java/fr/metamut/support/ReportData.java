package fr.metamut.support;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.ReferenceCsv;
import fr.metamut.catalog.service.CatalogSeeder;
import fr.metamut.coverage.service.SurveySeeder;
import fr.metamut.coverage.domain.matrix.CoverageCalculator;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.domain.matrix.PublishedValue;
import fr.metamut.coverage.domain.matrix.Reconciliation;
import fr.metamut.workbook.domain.WorkbookContent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's reference data read straight from the CSV files, without Spring: the coverage
 * computation's input (services and operators numbered in file order), the report's published synthesis
 * table, and the steering committee's workbook content built from them. One fixture for the pure
 * coverage tests, the workbook tests and the benchmark.
 */
public final class ReportData {

    public static final List<String> DEPARTEMENTS = List.of("02", "59", "60", "62", "80");
    public static final LocalDate EXPORT_DATE = LocalDate.of(2026, 11, 28);

    private final Map<String, Long> serviceIds = new HashMap<>();
    private final Map<String, String> serviceNames = new HashMap<>();
    private final Map<String, Long> operatorIds = new HashMap<>();
    private final CoverageInput input;
    private final List<PublishedValue> published = new ArrayList<>();
    private final List<WorkbookContent.Need> needs = new ArrayList<>();
    private final List<WorkbookContent.Fact> facts = new ArrayList<>();

    public ReportData() {
        List<CoverageInput.Departement> departements = CatalogSeeder.DEPARTEMENTS.rows()
                .stream().map(r -> new CoverageInput.Departement(r.get("code"), r.get("name"))).toList();
        Map<String, Integer> familyPositions = new HashMap<>();
        Map<String, String> familyNames = new HashMap<>();
        CatalogSeeder.FAMILIES.rows().forEach(r -> {
            familyPositions.put(r.get("code"), Integer.parseInt(r.get("position")));
            familyNames.put(r.get("code"), r.get("name"));
        });
        List<CoverageInput.Service> services = new ArrayList<>();
        long id = 1;
        for (ReferenceCsv.Row r : CatalogSeeder.SERVICES.rows()) {
            serviceIds.put(r.get("code"), id);
            serviceNames.put(r.get("code"), r.get("name"));
            services.add(new CoverageInput.Service(id++, r.get("code"), r.get("name"), familyNames.get(r.get("family")),
                    familyPositions.get(r.get("family")), r.get("origin").equals("SYNTHESE")));
        }
        Map<String, String> operatorNames = new HashMap<>();
        for (ReferenceCsv.Row r : CatalogSeeder.OPERATORS.rows()) {
            operatorIds.put(r.get("code"), id++);
            operatorNames.put(r.get("code"), r.get("name"));
        }
        List<CoverageInput.Offer> offers = CatalogSeeder.OFFERINGS.rows().stream()
                .map(r -> new CoverageInput.Offer(operatorIds.get(r.get("operator")), operatorNames.get(r.get("operator")),
                        serviceIds.get(r.get("service")), r.get("departement"))).toList();
        List<CoverageInput.Demand> demand = new ArrayList<>();
        for (ReferenceCsv.Row r : SurveySeeder.NEEDS.rows()) {
            Long serviceId = r.get("service").isEmpty() ? null : serviceIds.get(r.get("service"));
            Map<String, BigDecimal> percents = new HashMap<>();
            DEPARTEMENTS.forEach(d -> percents.put(d, new BigDecimal(r.get(d))));
            BigDecimal region = new BigDecimal(r.get("region"));
            if (serviceId != null) {
                percents.forEach((d, p) -> demand.add(new CoverageInput.Demand(serviceId, d, p)));
                demand.add(new CoverageInput.Demand(serviceId, null, region));
            }
            needs.add(new WorkbookContent.Need(Integer.parseInt(r.get("position")), r.get("label"), serviceId,
                    serviceId == null ? null : serviceNames.get(r.get("service")), percents, region,
                    r.get("mapping_note").isEmpty() ? null : r.get("mapping_note")));
        }
        int position = 0;
        for (ReferenceCsv.Row r : SurveySeeder.PUBLISHED.rows()) {
            position++;
            Long serviceId = r.get("service").isEmpty() ? null : serviceIds.get(r.get("service"));
            for (String d : DEPARTEMENTS) {
                published.add(new PublishedValue(position, r.get("report_label"), serviceId, d, Integer.parseInt(r.get(d))));
            }
            published.add(new PublishedValue(position, r.get("report_label"), serviceId, null, Integer.parseInt(r.get("total"))));
        }
        for (ReferenceCsv.Row r : SurveySeeder.FACTS.rows()) {
            facts.add(new WorkbookContent.Fact(r.get("label"), new BigDecimal(r.get("value")),
                    r.get("unit").isEmpty() ? null : r.get("unit")));
        }
        input = new CoverageInput(departements, services, offers, demand, List.of());
    }

    public CoverageInput input() {
        return input;
    }

    /** The report's published synthesis table, cell by cell. */
    public List<PublishedValue> published() {
        return published;
    }

    /** The id each service code was given. */
    public Map<String, Long> serviceIds() {
        return Map.copyOf(serviceIds);
    }

    public long serviceId(String code) {
        return serviceIds.get(code);
    }

    public String serviceName(String code) {
        return serviceNames.get(code);
    }

    public long operatorId(String code) {
        return operatorIds.get(code);
    }

    /** The workbook's content for this data, as the service would gather it. */
    public WorkbookContent workbookContent() {
        CoverageMatrix matrix = CoverageCalculator.compute(input);
        return new WorkbookContent(matrix, PriorityRanking.rank(matrix), Reconciliation.compare(matrix, published),
                needs, facts, Sources.REPORT_2021, EXPORT_DATE);
    }
}
