package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.html.Paragraph;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.base.service.PeopleDirectory;
import java.util.Objects;

/**
 * The offer's decision: the coordinator who took it, by their display name (the login when the account is
 * gone), and the rationale. The name is looked up when the reviewer changes, not on every live refresh.
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
            setText(getTranslation("offer.decisionBy", reviewerName, offer.getDecisionRationale()));
        }
    }
}
