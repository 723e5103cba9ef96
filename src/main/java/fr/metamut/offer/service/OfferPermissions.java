package fr.metamut.offer.service;

import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;

/**
 * Who may do what on a joint offer. Directors of the lead and partner operators work on it; other
 * directors only see it once submitted; coordinators review and decide but never edit content;
 * administrators manage the application, not offers, and only read them.
 */
public final class OfferPermissions {

    private OfferPermissions() {
    }

    public static boolean involved(AppUser user, JointOffer offer) {
        return user.hasRole(Role.DIRECTOR) && user.getOperatorId() != null && offer.involves(user.getOperatorId());
    }

    public static boolean leads(AppUser user, JointOffer offer) {
        return user.directs(offer.getLead().getId());
    }

    public static boolean canRead(AppUser user, JointOffer offer) {
        boolean draftLike = offer.getStatus() == OfferStatus.BROUILLON;
        return involved(user, offer) || !draftLike;
    }

    public static boolean canEditContent(AppUser user, JointOffer offer) {
        return involved(user, offer) && offer.getStatus().contentEditable();
    }

    public static boolean canComment(AppUser user, JointOffer offer) {
        return canRead(user, offer) && !user.hasRole(Role.ADMIN);
    }

    /** Submit, withdraw, take back as draft: the lead's director. */
    public static boolean canSteer(AppUser user, JointOffer offer) {
        return leads(user, offer);
    }

    /** Take for review, decide, reopen: coordinators. */
    public static boolean canReview(AppUser user) {
        return user.hasRole(Role.COORDINATOR);
    }
}
