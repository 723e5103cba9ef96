package fr.metamut.catalog.service;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.StaleWrites;
import fr.metamut.catalog.domain.CatalogChangedEvent;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of operators and of the service catalogue: administrators only. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CatalogAdminService {

    private final OperatorRepository operators;
    private final ServiceLineRepository services;
    private final OfferingRepository offerings;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    public CatalogAdminService(OperatorRepository operators, ServiceLineRepository services,
                               OfferingRepository offerings, Validator validator, ApplicationEventPublisher events) {
        this.operators = operators;
        this.services = services;
        this.offerings = offerings;
        this.validator = validator;
        this.events = events;
    }

    /** Creates or updates an operator; names and codes stay unique. */
    public Operator save(Operator operator) {
        validate(operator);
        operators.findByCode(operator.getCode())
                .filter(other -> !other.getId().equals(operator.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("operator.error.duplicateCode", operator.getCode()).onField("code");
                });
        boolean nameTaken = operators.findAll().stream()
                .anyMatch(other -> !other.getId().equals(operator.getId())
                        && other.getName().equalsIgnoreCase(operator.getName().strip()));
        if (nameTaken) {
            throw new UserFacingException("operator.error.duplicateName", operator.getName().strip()).onField("name");
        }
        operator.setName(operator.getName().strip());
        Operator saved = StaleWrites.now(() -> operators.saveAndFlush(operator));
        events.publishEvent(new CatalogChangedEvent());
        return saved;
    }

    /** Creates or updates a catalogue service; names and codes stay unique. */
    public ServiceLine save(ServiceLine service) {
        validate(service);
        services.findByCode(service.getCode())
                .filter(other -> !other.getId().equals(service.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("service.error.duplicateCode", service.getCode()).onField("code");
                });
        boolean nameTaken = services.findAll().stream()
                .anyMatch(other -> !other.getId().equals(service.getId())
                        && other.getName().equalsIgnoreCase(service.getName().strip()));
        if (nameTaken) {
            throw new UserFacingException("service.error.duplicateName", service.getName().strip()).onField("name");
        }
        service.setName(service.getName().strip());
        ServiceLine saved = StaleWrites.now(() -> services.saveAndFlush(service));
        events.publishEvent(new CatalogChangedEvent());
        return saved;
    }

    /**
     * Removes a service nobody offers; one with offerings is refused, so no offering is lost, and so is
     * one that survey or report data still refers to.
     */
    public void delete(ServiceLine service) {
        long count = offerings.countByServiceLineId(service.getId());
        if (count > 0) {
            throw new UserFacingException("service.error.inUse", count);
        }
        try {
            services.deleteById(service.getId());
            services.flush();
            events.publishEvent(new CatalogChangedEvent());
        } catch (DataIntegrityViolationException e) {
            // survey needs, the published synthesis or partnerships (other features) point at it
            throw new UserFacingException("service.error.referenced");
        }
    }

    private <T> void validate(T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
