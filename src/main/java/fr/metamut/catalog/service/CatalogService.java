package fr.metamut.catalog.service;

import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.DepartementRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceFamily;
import fr.metamut.catalog.domain.ServiceFamilyRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the reference, for every logged-in user. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CatalogService {

    private final DepartementRepository departements;
    private final OperatorRepository operators;
    private final ServiceFamilyRepository families;
    private final ServiceLineRepository services;
    private final OfferingRepository offerings;

    public CatalogService(DepartementRepository departements, OperatorRepository operators,
                          ServiceFamilyRepository families, ServiceLineRepository services,
                          OfferingRepository offerings) {
        this.departements = departements;
        this.operators = operators;
        this.families = families;
        this.services = services;
        this.offerings = offerings;
    }

    public List<Departement> departements() {
        return departements.findAllByOrderByCode();
    }

    public List<Operator> operators() {
        return operators.findAllByOrderByName();
    }

    public Optional<Operator> operatorByCode(String code) {
        return operators.findByCode(code);
    }

    public List<ServiceFamily> families() {
        return families.findAllByOrderByPosition();
    }

    public List<ServiceLine> services() {
        return services.findAllInCatalogueOrder();
    }

    public List<Offering> offerings() {
        return offerings.findAllOrdered();
    }

    public List<Offering> offeringsOf(Long operatorId) {
        return offerings.findByOperator(operatorId);
    }

    public List<OperatorSummary> operatorSummaries() {
        Map<Long, List<Offering>> byOperator = offerings.findAll().stream()
                .collect(Collectors.groupingBy(o -> o.getOperator().getId()));
        return operators.findAllByOrderByName().stream().map(operator -> {
            List<Offering> own = byOperator.getOrDefault(operator.getId(), List.of());
            return new OperatorSummary(operator,
                    distinct(own, o -> o.getServiceLine().getId()),
                    distinct(own, o -> o.getDepartement().getId()),
                    own.size());
        }).toList();
    }

    public List<ServiceSummary> serviceSummaries() {
        Map<Long, List<Offering>> byService = offerings.findAll().stream()
                .collect(Collectors.groupingBy(o -> o.getServiceLine().getId()));
        return services.findAllInCatalogueOrder().stream().map(service -> {
            List<Offering> own = byService.getOrDefault(service.getId(), List.of());
            return new ServiceSummary(service,
                    distinct(own, o -> o.getOperator().getId()),
                    distinct(own, o -> o.getDepartement().getId()));
        }).toList();
    }

    public List<DepartementSummary> departementSummaries() {
        Map<Long, List<Offering>> byDepartement = offerings.findAll().stream()
                .collect(Collectors.groupingBy(o -> o.getDepartement().getId()));
        return departements.findAllByOrderByCode().stream().map(departement -> {
            List<Offering> own = byDepartement.getOrDefault(departement.getId(), List.of());
            Set<String> operatorNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            own.forEach(o -> operatorNames.add(o.getOperator().getName()));
            int synthesis = distinct(own.stream()
                    .filter(o -> !o.getServiceLine().getOrigin().outsideSynthesisTable()).toList(),
                    o -> o.getServiceLine().getId());
            return new DepartementSummary(departement, distinct(own, o -> o.getServiceLine().getId()),
                    synthesis, List.copyOf(operatorNames), own.size());
        }).toList();
    }

    private static int distinct(List<Offering> rows, Function<Offering, Object> key) {
        Set<Object> keys = new HashSet<>();
        rows.forEach(row -> keys.add(key.apply(row)));
        return keys.size();
    }
}
