package fr.metamut.catalog.service;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.ReferenceCsv;
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
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Loads the report's départements, operators, catalogue and per-operator offerings from
 * {@code referencedata/*.csv}. The per-operator lists are the source of truth for coverage.
 */
@Component
public class CatalogSeeder implements ReferenceDataSeeder {

    static final String DIR = "referencedata/";
    public static final ReferenceCsv DEPARTEMENTS = ReferenceCsv.classpath(DIR + "departements.csv", "code", "name");
    public static final ReferenceCsv OPERATORS = ReferenceCsv.classpath(DIR + "operators.csv",
            "code", "name", "kind", "home_departement", "agents", "website", "description");
    public static final ReferenceCsv FAMILIES = ReferenceCsv.classpath(DIR + "service_families.csv",
            "code", "name", "position");
    public static final ReferenceCsv SERVICES = ReferenceCsv.classpath(DIR + "services.csv",
            "code", "name", "family", "origin", "report_label", "description");
    public static final ReferenceCsv OFFERINGS = ReferenceCsv.classpath(DIR + "offerings.csv",
            "departement", "operator", "service", "report_label", "mapping_note");

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
    public List<ReferenceCsv> files() {
        return List.of(DEPARTEMENTS, OPERATORS, FAMILIES, SERVICES, OFFERINGS);
    }

    @Override
    public int load() {
        int rows = 0;
        for (ReferenceCsv.Row row : DEPARTEMENTS.rows()) {
            departements.save(new Departement(row.get("code"), row.get("name"), Sources.REPORT_2021));
            rows++;
        }
        for (ReferenceCsv.Row row : OPERATORS.rows()) {
            Operator operator = new Operator(row.get("code"), row.get("name"),
                    OperatorKind.valueOf(row.get("kind")), Sources.REPORT_2021);
            String home = row.optional("home_departement");
            operator.setHomeDepartement(home == null ? null : find(departements::findByCode, home));
            String agents = row.optional("agents");
            operator.setAgents(agents == null ? null : Integer.valueOf(agents));
            operator.setWebsite(row.optional("website"));
            operator.setDescription(row.optional("description"));
            operators.save(operator);
            rows++;
        }
        for (ReferenceCsv.Row row : FAMILIES.rows()) {
            families.save(new ServiceFamily(row.get("code"), row.get("name"), row.integer("position")));
            rows++;
        }
        for (ReferenceCsv.Row row : SERVICES.rows()) {
            ServiceLine service = new ServiceLine(row.get("code"), row.get("name"),
                    find(families::findByCode, row.get("family")), ServiceOrigin.valueOf(row.get("origin")),
                    Sources.REPORT_2021);
            service.setReportLabel(row.optional("report_label"));
            service.setDescription(row.optional("description"));
            services.save(service);
            rows++;
        }
        for (ReferenceCsv.Row row : OFFERINGS.rows()) {
            offerings.save(Offering.fromReport(
                    find(operators::findByCode, row.get("operator")),
                    find(services::findByCode, row.get("service")),
                    find(departements::findByCode, row.get("departement")),
                    row.get("report_label"), row.optional("mapping_note"), Sources.REPORT_2021));
            rows++;
        }
        return rows;
    }

    private static <T> T find(Function<String, java.util.Optional<T>> finder, String code) {
        return finder.apply(code).orElseThrow(() -> new IllegalStateException("Unknown reference code " + code));
    }
}
