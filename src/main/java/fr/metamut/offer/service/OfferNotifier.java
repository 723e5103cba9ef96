package fr.metamut.offer.service;

import fr.metamut.base.domain.Role;
import fr.metamut.notification.service.NotificationService;
import fr.metamut.offer.domain.OfferCommentedEvent;
import fr.metamut.offer.domain.OfferStateChangedEvent;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.security.service.AccountDirectory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to the offers they follow: coordinators when an offer reaches the Région (or
 * leaves it), the directors of the lead and partners of every other workflow move, and the people a
 * comment mentions. Runs in the transaction of the move or the post, so a rolled-back one tells nobody.
 */
@Component
public class OfferNotifier {

    private final NotificationService notifications;
    private final AccountDirectory directory;

    public OfferNotifier(NotificationService notifications, AccountDirectory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    @EventListener
    public void on(OfferStateChangedEvent event) {
        List<String> recipients = new ArrayList<>();
        if (event.to() == OfferStatus.SOUMISE || resubmitted(event)) {
            recipients.addAll(directory.usernamesWithRole(Role.COORDINATOR));
        } else {
            recipients.addAll(directory.directorsOf(event.operatorIds()));
            if (event.to() == OfferStatus.RETIREE && event.from() != OfferStatus.BROUILLON) {
                recipients.addAll(directory.usernamesWithRole(Role.COORDINATOR));
            }
        }
        notifications.notify(recipients, messageKey(event), List.of(event.actorName(), event.title()),
                "offres/" + event.offerId());
    }

    /** The mentioned hear of the mention; the offer's other directors, of a new message in its discussion. */
    @EventListener
    public void on(OfferCommentedEvent event) {
        notifications.notify(event.mentioned(), "notif.mentioned", List.of(event.authorName(), event.title()),
                "offres/" + event.offerId());
        List<String> others = directory.directorsOf(event.operatorIds()).stream()
                .filter(director -> !director.equals(event.author()) && !event.mentioned().contains(director))
                .toList();
        notifications.notify(others, "notif.commented", List.of(event.authorName(), event.title()),
                "offres/" + event.offerId());
    }

    /** Submitted again after the Région asked for changes: straight back under review by the same coordinator. */
    private static boolean resubmitted(OfferStateChangedEvent event) {
        return event.from() == OfferStatus.BROUILLON && event.to() == OfferStatus.EN_INSTRUCTION;
    }

    static String messageKey(OfferStateChangedEvent event) {
        if (resubmitted(event)) {
            return "notif.resubmitted";
        }
        return switch (event.to()) {
            case SOUMISE -> "notif.submitted";
            case EN_INSTRUCTION -> "notif.underReview";
            case VALIDEE, REFUSEE, MODIFICATIONS_DEMANDEES -> "notif.decided." + event.to().name();
            case BROUILLON -> event.from() == OfferStatus.MODIFICATIONS_DEMANDEES ? "notif.backToDraft" : "notif.reopened";
            case RETIREE -> "notif.withdrawn";
        };
    }
}
