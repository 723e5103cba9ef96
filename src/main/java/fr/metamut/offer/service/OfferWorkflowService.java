package fr.metamut.offer.service;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.JointOfferRepository;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferStateChangedEvent;
import fr.metamut.offer.domain.OfferStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Région's workflow of a joint offer: the lead submits (once the offer is complete), withdraws or
 * takes it back as a draft; coordinators take it for review, decide with a rationale, reopen. The offer
 * itself refuses a move its state does not allow; this service checks who asks. Each move publishes an
 * {@link OfferStateChangedEvent} (the notifications follow from it) and tells open screens.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OfferWorkflowService {

    private final JointOfferRepository offers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OfferWorkflowService(JointOfferRepository offers, CurrentUser currentUser, ApplicationEventPublisher events,
                                Clock clock) {
        this.offers = offers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The lead sends the draft to the Région; refused, item by item, while the checklist is not complete. */
    public JointOffer submit(Long offerId) {
        return move(offerId, OfferWorkflowService::requireSteer, (me, offer) -> offer.submit(me.getUsername(), now()));
    }

    public JointOffer takeForReview(Long offerId) {
        return move(offerId, OfferWorkflowService::requireReviewer, (me, offer) -> offer.takeForReview(me.getUsername(), now()));
    }

    /** A coordinator validates, rejects or asks for changes, with a rationale. */
    public JointOffer decide(Long offerId, OfferStatus decision, String rationale) {
        return move(offerId, OfferWorkflowService::requireReviewer,
                (me, offer) -> offer.decide(decision, rationale, me.getUsername(), now()));
    }

    public JointOffer backToDraft(Long offerId) {
        return move(offerId, OfferWorkflowService::requireSteer, (me, offer) -> offer.backToDraft(me.getUsername(), now()));
    }

    public JointOffer withdraw(Long offerId, String rationale) {
        return move(offerId, OfferWorkflowService::requireSteer, (me, offer) -> offer.withdraw(me.getUsername(), now(), rationale));
    }

    public JointOffer reopen(Long offerId, String rationale) {
        return move(offerId, OfferWorkflowService::requireReviewer, (me, offer) -> offer.reopen(me.getUsername(), rationale, now()));
    }

    private JointOffer move(Long offerId, BiConsumer<AppUser, JointOffer> who, BiConsumer<AppUser, JointOffer> step) {
        AppUser me = currentUser.require();
        JointOffer offer = offers.findForUpdate(offerId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!OfferPermissions.canRead(me, offer)) {
            throw new AccessDeniedException("Offre inaccessible");
        }
        who.accept(me, offer);
        OfferStatus before = offer.getStatus();
        step.accept(me, offer);
        offers.saveAndFlush(offer);
        Set<Long> operators = new HashSet<>();
        operators.add(offer.getLead().getId());
        offer.getPartners().forEach(p -> operators.add(p.getId()));
        events.publishEvent(new OfferStateChangedEvent(offerId, offer.getTitle(), operators, before, offer.getStatus(),
                me.getDisplayName()));
        events.publishEvent(OfferChangedEvent.of(offerId));
        events.publishEvent(OfferChangedEvent.list());
        return offer;
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static void requireSteer(AppUser me, JointOffer offer) {
        if (!OfferPermissions.canSteer(me, offer)) {
            throw new AccessDeniedException("Seul le directeur de l’opérateur chef de file pilote l’offre");
        }
    }

    private static void requireReviewer(AppUser me, JointOffer offer) {
        if (!OfferPermissions.canReview(me)) {
            throw new AccessDeniedException("Seuls les coordinateurs de la Région instruisent les offres");
        }
    }
}
