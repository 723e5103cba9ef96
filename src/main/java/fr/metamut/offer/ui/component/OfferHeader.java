package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import java.util.stream.Collectors;

/**
 * The top of an offer's page: its title, status and who has it open; the lead and partners; the
 * decision with its rationale; and a calm notice when the offer was withdrawn or is no longer readable.
 */
public class OfferHeader extends VerticalLayout {

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph parties = new Paragraph();
    private final Div notice = new Div();
    private final DecisionLine decision;

    public OfferHeader(PeopleDirectory people, Component avatars) {
        setPadding(false);
        setSpacing(false);
        status.setId("offer-status");
        status.addClassName("tag");
        parties.setId("offer-parties");
        notice.setId("offer-gone");
        notice.addClassName("offer-gone");
        notice.setVisible(false);
        decision = new DecisionLine(people);
        HorizontalLayout top = new HorizontalLayout(title, status, avatars);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.setFlexGrow(1, title);
        add(top, notice, parties, decision);
    }

    public void show(JointOffer offer) {
        title.setText(offer.getTitle());
        status.setText(getTranslation("offer.status." + offer.getStatus().name()));
        status.getElement().setAttribute("data-status", offer.getStatus().name());
        parties.setText(getTranslation("offer.parties", offer.getLead().getName(),
                offer.getPartners().isEmpty() ? "—" : offer.getPartners().stream().map(Operator::getName).sorted()
                        .collect(Collectors.joining(", "))));
        decision.show(offer);
        notice.setText(getTranslation("offer.gone.withdrawn"));
        notice.setVisible(offer.getStatus() == OfferStatus.RETIREE);
    }

    /** Says that the offer is no longer readable by this user; what was shown stays as it was. */
    public void gone() {
        notice.setText(getTranslation("offer.gone.unreadable"));
        notice.setVisible(true);
    }
}
