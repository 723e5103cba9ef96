package fr.metamut.coverage.domain.matrix;

import fr.metamut.base.service.CsvTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The report's reference data read straight from the CSV files, as input for the pure computation. */
final class ReportData {

    static final List<String> DEPARTEMENTS = List.of("02", "59", "60", "62", "80");

    final Map<String, Long> serviceIds = new HashMap<>();
    final Map<String, Long> operatorIds = new HashMap<>();
    final CoverageInput input;
    final List<PublishedValue> published = new ArrayList<>();

    ReportData() {
        List<CoverageInput.Departement> departements = CsvTable.fromClasspath("referencedata/departements.csv").rows()
                .stream().map(r -> new CoverageInput.Departement(r.get("code"), r.get("name"))).toList();
        Map<String, Integer> familyPositions = new HashMap<>();
        CsvTable.fromClasspath("referencedata/service_families.csv").rows()
                .forEach(r -> familyPositions.put(r.get("code"), Integer.parseInt(r.get("position"))));
        List<CoverageInput.Service> services = new ArrayList<>();
        long id = 1;
        for (Map<String, String> r : CsvTable.fromClasspath("referencedata/services.csv").rows()) {
            serviceIds.put(r.get("code"), id);
            services.add(new CoverageInput.Service(id++, r.get("code"), r.get("name"), r.get("family"),
                    familyPositions.get(r.get("family")), r.get("origin").equals("SYNTHESE")));
        }
        Map<String, String> operatorNames = new HashMap<>();
        for (Map<String, String> r : CsvTable.fromClasspath("referencedata/operators.csv").rows()) {
            operatorIds.put(r.get("code"), id++);
            operatorNames.put(r.get("code"), r.get("name"));
        }
        List<CoverageInput.Offer> offers = CsvTable.fromClasspath("referencedata/offerings.csv").rows().stream()
                .map(r -> new CoverageInput.Offer(operatorIds.get(r.get("operator")), operatorNames.get(r.get("operator")),
                        serviceIds.get(r.get("service")), r.get("departement"))).toList();
        List<CoverageInput.Demand> demand = new ArrayList<>();
        for (Map<String, String> r : CsvTable.fromClasspath("referencedata/survey_needs.csv").rows()) {
            long serviceId = serviceIds.get(r.get("service"));
            DEPARTEMENTS.forEach(d -> demand.add(new CoverageInput.Demand(serviceId, d, new BigDecimal(r.get(d)))));
            demand.add(new CoverageInput.Demand(serviceId, null, new BigDecimal(r.get("region"))));
        }
        int position = 0;
        for (Map<String, String> r : CsvTable.fromClasspath("referencedata/published_synthesis.csv").rows()) {
            position++;
            Long serviceId = r.get("service").isEmpty() ? null : serviceIds.get(r.get("service"));
            for (String d : DEPARTEMENTS) {
                published.add(new PublishedValue(position, r.get("report_label"), serviceId, d, Integer.parseInt(r.get(d))));
            }
            published.add(new PublishedValue(position, r.get("report_label"), serviceId, null, Integer.parseInt(r.get("total"))));
        }
        input = new CoverageInput(departements, services, offers, demand);
    }
}
