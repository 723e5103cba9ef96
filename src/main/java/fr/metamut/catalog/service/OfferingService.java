package fr.metamut.catalog.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.StaleWrites;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.DepartementRepository;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.OfferingsChangedEvent;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.domain.ServiceLineRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Changes to offerings. A director changes only their own operator's offerings; an administrator any
 * operator's; a coordinator none. The check is here, not in the view, so it holds whatever the caller.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
public class OfferingService {

    private final OfferingRepository offerings;
    private final OperatorRepository operators;
    private final ServiceLineRepository services;
    private final DepartementRepository departements;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OfferingService(OfferingRepository offerings, OperatorRepository operators,
                           ServiceLineRepository services, DepartementRepository departements,
                           CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.offerings = offerings;
        this.operators = operators;
        this.services = services;
        this.departements = departements;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the current user may change the offerings of the given operator (for the UI). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(Long operatorId) {
        return currentUser.get().map(user -> mayEdit(user, operatorId)).orElse(false);
    }

    public Offering add(Long operatorId, Long serviceLineId, Long departementId, @Nullable String note) {
        AppUser user = requireEditor(operatorId);
        Operator operator = operators.findById(operatorId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        ServiceLine service = services.findById(serviceLineId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        Departement departement = departements.findById(departementId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (offerings.existsByOperatorIdAndServiceLineIdAndDepartementId(operatorId, serviceLineId, departementId)) {
            throw duplicate(service, departement);
        }
        Offering offering = new Offering(operator, service, departement, normalize(checkNote(note)));
        offering.created(user.getUsername(), Instant.now(clock));
        Offering saved;
        try {
            saved = offerings.saveAndFlush(offering);
        } catch (DataIntegrityViolationException e) {
            // the same offering added by someone else at the same moment: the unique key kept theirs
            throw duplicate(service, departement);
        }
        events.publishEvent(new OfferingsChangedEvent(operatorId, user.getUsername()));
        return saved;
    }

    /**
     * Changes the note the user read at {@code expectedVersion}; refused as stale when someone else changed
     * the offering since, including when both saves run at the same moment.
     */
    public Offering changeNote(Long offeringId, long expectedVersion, String note) {
        Offering offering = offerings.findById(offeringId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        AppUser user = requireEditor(offering.getOperator().getId());
        StaleWrites.requireVersion(offering, expectedVersion);
        offering.changeNote(normalize(checkNote(note)), user.getUsername(), Instant.now(clock));
        StaleWrites.now(offerings::flush);
        events.publishEvent(new OfferingsChangedEvent(offering.getOperator().getId(), user.getUsername()));
        return offering;
    }

    public void remove(Long offeringId) {
        Offering offering = offerings.findById(offeringId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        AppUser user = requireEditor(offering.getOperator().getId());
        offerings.delete(offering);
        events.publishEvent(new OfferingsChangedEvent(offering.getOperator().getId(), user.getUsername()));
    }

    private AppUser requireEditor(Long operatorId) {
        AppUser user = currentUser.require();
        if (!mayEdit(user, operatorId)) {
            throw new AccessDeniedException("Les offres de cet opérateur ne peuvent être modifiées que par son directeur.");
        }
        return user;
    }

    private static boolean mayEdit(AppUser user, Long operatorId) {
        return user.hasRole(Role.ADMIN) || user.directs(operatorId);
    }

    private static @Nullable String checkNote(@Nullable String note) {
        if (note != null && note.strip().length() > Offering.NOTE_MAX_LENGTH) {
            throw new UserFacingException("offering.error.noteTooLong", Offering.NOTE_MAX_LENGTH).onField("note");
        }
        return note;
    }

    private static UserFacingException duplicate(ServiceLine service, Departement departement) {
        return new UserFacingException("offering.error.duplicate", service.getName(), departement.getLabel())
                .onField("service");
    }

    private static @Nullable String normalize(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
