package fr.metamut.catalog.service;

import static fr.metamut.base.service.CsvTable.optional;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.CsvTable;
import fr.metamut.base.service.ReferenceDataSeeder;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.DepartementRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorKind;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceFamily;
import fr.metamut.catalog.domain.ServiceFamilyRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import fr.metamut.catalog.domain.ServiceOrigin;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Loads the report's départements, operators, catalogue and per-operator offerings from
 * {@code referencedata/*.csv}. The per-operator lists are the source of truth for coverage.
 */
@Component
public class CatalogSeeder implements ReferenceDataSeeder {

    static final String DIR = "referencedata/";

    private final DepartementRepository departements;
    private final OperatorRepository operators;
    private final ServiceFamilyRepository families;
    private final ServiceLineRepository services;
    private final OfferingRepository offerings;

    public CatalogSeeder(DepartementRepository departements, OperatorRepository operators,
                         ServiceFamilyRepository families, ServiceLineRepository services,
                         OfferingRepository offerings) {
        this.departements = departements;
        this.operators = operators;
        this.families = families;
        this.services = services;
        this.offerings = offerings;
    }

    @Override
    public String dataset() {
        return "catalogue-rapport-2021";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int load() {
        int rows = 0;
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "departements.csv").rows()) {
            departements.save(new Departement(row.get("code"), row.get("name"), Sources.REPORT_2021));
            rows++;
        }
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "operators.csv").rows()) {
            Operator operator = new Operator(row.get("code"), row.get("name"),
                    OperatorKind.valueOf(row.get("kind")), Sources.REPORT_2021);
            String home = optional(row, "home_departement");
            operator.setHomeDepartement(home == null ? null : find(departements::findByCode, home));
            String agents = optional(row, "agents");
            operator.setAgents(agents == null ? null : Integer.valueOf(agents));
            operator.setWebsite(optional(row, "website"));
            operator.setDescription(optional(row, "description"));
            operators.save(operator);
            rows++;
        }
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "service_families.csv").rows()) {
            families.save(new ServiceFamily(row.get("code"), row.get("name"), Integer.parseInt(row.get("position"))));
            rows++;
        }
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "services.csv").rows()) {
            ServiceLine service = new ServiceLine(row.get("code"), row.get("name"),
                    find(families::findByCode, row.get("family")), ServiceOrigin.valueOf(row.get("origin")),
                    Sources.REPORT_2021);
            service.setReportLabel(optional(row, "report_label"));
            service.setDescription(optional(row, "description"));
            services.save(service);
            rows++;
        }
        for (Map<String, String> row : CsvTable.fromClasspath(DIR + "offerings.csv").rows()) {
            offerings.save(Offering.fromReport(
                    find(operators::findByCode, row.get("operator")),
                    find(services::findByCode, row.get("service")),
                    find(departements::findByCode, row.get("departement")),
                    row.get("report_label"), optional(row, "mapping_note"), Sources.REPORT_2021));
            rows++;
        }
        return rows;
    }

    private static <T> T find(Function<String, java.util.Optional<T>> finder, String code) {
        return finder.apply(code).orElseThrow(() -> new IllegalStateException("Unknown reference code " + code));
    }
}
