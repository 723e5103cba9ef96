package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.html.Paragraph;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.Formats;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStateChange;
import fr.metamut.offer.domain.OfferStatus;
import java.util.Objects;

/**
 * The offer's decision: what was decided and when (coloured as the status), the coordinator who took it,
 * by their display name (the login when the account is gone), and the rationale. The name is looked up when the reviewer changes, not on every live refresh.
 */
public class DecisionLine extends Paragraph {

    private final PeopleDirectory people;
    private String reviewer;
    private String reviewerName;

    public DecisionLine(PeopleDirectory people) {
        this.people = people;
        setId("offer-decision");
        addClassName("offer-decision");
    }

    public void show(JointOffer offer) {
        setVisible(offer.getDecisionRationale() != null);
        if (offer.getDecisionRationale() != null) {
            if (!Objects.equals(offer.getReviewer(), reviewer)) {
                reviewer = offer.getReviewer();
                reviewerName = people.displayName(reviewer);
            }
            setText(getTranslation("offer.decisionBy", reviewerName, offer.getDecisionRationale(),
                    getTranslation("offer.decision." + decision(offer)), Formats.dateTime(offer.getDecidedAt())));
            getClassNames().removeIf(name -> name.startsWith("status-"));
            addClassName("status-" + decision(offer).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The last decision taken, which the status may have moved on from (back to draft, resubmitted, withdrawn). */
    private static String decision(JointOffer offer) {
        return offer.getStateChanges().stream().map(OfferStateChange::getTo)
                .filter(to -> to == OfferStatus.VALIDEE || to == OfferStatus.REFUSEE
                        || to == OfferStatus.MODIFICATIONS_DEMANDEES)
                .reduce((first, second) -> second).orElse(OfferStatus.MODIFICATIONS_DEMANDEES).name();
    }
}
