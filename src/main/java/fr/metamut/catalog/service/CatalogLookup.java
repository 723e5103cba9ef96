package fr.metamut.catalog.service;

import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.DepartementRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference rows of the catalogue (départements, services, operators) found by code or id, and the whole
 * catalogue with its offerings, for other features' services and reference-data seeders, which hold no repository
 * of the catalog. No user check: the seeders run at start, before anyone logs in, the shared coverage matrix is
 * read from its own thread, and these rows are what every page shows every logged-in user; the callers check their
 * own callers.
 */
@Service
@Transactional(readOnly = true)
public class CatalogLookup {

    private final DepartementRepository departements;
    private final ServiceLineRepository services;
    private final OperatorRepository operators;
    private final OfferingRepository offerings;

    public CatalogLookup(DepartementRepository departements, ServiceLineRepository services,
                         OperatorRepository operators, OfferingRepository offerings) {
        this.departements = departements;
        this.services = services;
        this.operators = operators;
        this.offerings = offerings;
    }

    public Optional<Departement> departement(String code) {
        return departements.findByCode(code);
    }

    public Optional<ServiceLine> service(String code) {
        return services.findByCode(code);
    }

    public Optional<Operator> operator(String code) {
        return operators.findByCode(code);
    }

    public Optional<Operator> operatorById(Long id) {
        return operators.findById(id);
    }

    /** Every operator, by name. */
    public List<Operator> operatorsByName() {
        return operators.findAllByOrderByName();
    }

    /** Every département, by code. */
    public List<Departement> departementsByCode() {
        return departements.findAllByOrderByCode();
    }

    /** Every service, in the catalogue's order. */
    public List<ServiceLine> servicesInCatalogueOrder() {
        return services.findAllInCatalogueOrder();
    }

    /** Every offering, in the catalogue's order. */
    public List<Offering> offerings() {
        return offerings.findAllOrdered();
    }
}
