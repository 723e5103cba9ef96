package fr.metamut.partnership.service;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.StaleWrites;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipContent;
import fr.metamut.partnership.domain.PartnershipFilter;
import fr.metamut.partnership.domain.PartnershipRepository;
import fr.metamut.partnership.domain.PartnershipRules;
import fr.metamut.partnership.domain.PartnershipsChangedEvent;
import fr.metamut.partnership.domain.PartnershipsChangedEvent.Change;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership registry. Everyone logged in reads it. A director records and changes partnerships
 * their own operator is part of (and cannot take it out of one); an administrator any partnership;
 * coordinators follow the registry but do not record agreements between operators. The checks are
 * here, so they hold whatever screen calls.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PartnershipService(PartnershipRepository partnerships, CatalogService catalog, CurrentUser currentUser,
                              ApplicationEventPublisher events, Clock clock) {
        this.partnerships = partnerships;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Partnership> all() {
        return partnerships.findAllByOrderByNameAscIdAsc();
    }

    @Transactional(readOnly = true)
    public List<Partnership> find(PartnershipFilter filter) {
        return all().stream().filter(filter::matches).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Partnership> get(Long id) {
        return partnerships.findById(id);
    }

    /** Whether the current user may record new partnerships (for the UI). */
    @Transactional(readOnly = true)
    public boolean canRecord() {
        return currentUser.get().map(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.DIRECTOR)).orElse(false);
    }

    /** Whether the current user may change or remove this partnership (for the UI). */
    @Transactional(readOnly = true)
    public boolean canEdit(Partnership partnership) {
        return currentUser.get().map(u -> mayEdit(u, partnership)).orElse(false);
    }

    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public Partnership record(PartnershipContent content) {
        AppUser user = currentUser.require();
        checkRules(content);
        requireOwnOperatorAmongParties(user, content);
        Instant now = Instant.now(clock);
        Partnership partnership = Partnership.recordedBy(user.getUsername(), now);
        apply(partnership, content, user, now);
        Partnership saved = partnerships.save(partnership);
        events.publishEvent(new PartnershipsChangedEvent(saved.getId(), Change.RECORDED, user.getUsername()));
        return saved;
    }

    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public Partnership update(Long id, long expectedVersion, PartnershipContent content) {
        AppUser user = currentUser.require();
        Partnership partnership = load(id, expectedVersion);
        requireEditor(user, partnership);
        checkRules(content);
        requireOwnOperatorAmongParties(user, content);
        apply(partnership, content, user, Instant.now(clock));
        StaleWrites.now(partnerships::flush);
        events.publishEvent(new PartnershipsChangedEvent(id, Change.UPDATED, user.getUsername()));
        return partnership;
    }

    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public void remove(Long id, long expectedVersion) {
        AppUser user = currentUser.require();
        Partnership partnership = load(id, expectedVersion);
        requireEditor(user, partnership);
        // published first: listeners drop their links to the partnership before the row goes
        events.publishEvent(new PartnershipsChangedEvent(id, Change.REMOVED, user.getUsername()));
        partnerships.delete(partnership);
        StaleWrites.now(partnerships::flush);
    }

    private Partnership load(Long id, long expectedVersion) {
        return StaleWrites.requireVersion(
                partnerships.findById(id).orElseThrow(() -> new UserFacingException("error.notFound")), expectedVersion);
    }

    private void apply(Partnership partnership, PartnershipContent content, AppUser user, Instant at) {
        partnership.apply(content,
                resolve(content.operatorIds(), catalog.operators()),
                resolve(content.serviceIds(), catalog.services()),
                resolve(content.departementIds(), catalog.departements()),
                user.getUsername(), at);
    }

    private static <T extends AbstractEntity> List<T> resolve(Collection<Long> ids, List<T> known) {
        Map<Long, T> byId = known.stream().collect(Collectors.toMap(AbstractEntity::getId, Function.identity()));
        return ids.stream().map(id -> Optional.ofNullable(byId.get(id))
                .orElseThrow(() -> new UserFacingException("error.notFound"))).toList();
    }

    private static void checkRules(PartnershipContent content) {
        PartnershipRules.check(content).stream().findFirst().ifPresent(v -> {
            throw new UserFacingException(v.messageKey(), v.arguments().toArray()).onField(v.field());
        });
    }

    private static void requireOwnOperatorAmongParties(AppUser user, PartnershipContent content) {
        if (user.hasRole(Role.DIRECTOR) && !content.operatorIds().contains(user.getOperatorId())) {
            throw new AccessDeniedException("Un directeur n’enregistre que les partenariats dont son opérateur fait partie.");
        }
    }

    private static void requireEditor(AppUser user, Partnership partnership) {
        if (!mayEdit(user, partnership)) {
            throw new AccessDeniedException("Seuls les directeurs des opérateurs partenaires modifient ce partenariat.");
        }
    }

    private static boolean mayEdit(AppUser user, Partnership partnership) {
        return user.hasRole(Role.ADMIN) || (user.hasRole(Role.DIRECTOR) && partnership.involves(user.getOperatorId()));
    }
}
