package fr.metamut.partnership.service;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.ReferenceCsv;
import fr.metamut.base.service.ReferenceDataSeeder;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipRepository;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Loads the partnerships the report's interviews name (ATEXO platform, shared DPO). */
@Component
public class PartnershipSeeder implements ReferenceDataSeeder {

    public static final ReferenceCsv PARTNERSHIPS = ReferenceCsv.classpath("referencedata/partnerships.csv",
            "code", "name", "type", "status", "operators", "services", "departements", "description");

    private final PartnershipRepository partnerships;
    private final CatalogLookup catalog;

    public PartnershipSeeder(PartnershipRepository partnerships, CatalogLookup catalog) {
        this.partnerships = partnerships;
        this.catalog = catalog;
    }

    @Override
    public String dataset() {
        return "partenariats-rapport-2021";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<ReferenceCsv> files() {
        return List.of(PARTNERSHIPS);
    }

    @Override
    public int load() {
        List<ReferenceCsv.Row> rows = PARTNERSHIPS.rows();
        for (ReferenceCsv.Row row : rows) {
            Partnership partnership = new Partnership(row.get("code"), row.get("name"),
                    PartnershipType.valueOf(row.get("type")), PartnershipStatus.valueOf(row.get("status")),
                    row.get("description"), Sources.REPORT_2021);
            addAll(partnership.getOperators(), row.get("operators"), catalog::operator);
            addAll(partnership.getServices(), row.get("services"), catalog::service);
            addAll(partnership.getDepartements(), row.get("departements"), catalog::departement);
            partnerships.save(partnership);
        }
        return rows.size();
    }

    private static <T> void addAll(Set<T> target, String codes, Function<String, Optional<T>> finder) {
        for (String code : codes.split("\\|")) {
            target.add(finder.apply(code.strip())
                    .orElseThrow(() -> new IllegalStateException("Unknown reference code " + code)));
        }
    }
}
