package fr.metamut.desk.ui.view;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.actionplan.domain.ActionPlanChangedEvent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.KpiCard;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.coverage.domain.CoverageChangedEvent;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import fr.metamut.desk.service.CoordinatorDesk;
import fr.metamut.desk.service.DeskService;
import fr.metamut.desk.service.DirectorCoverage;
import fr.metamut.desk.service.DirectorDesk;
import fr.metamut.desk.service.OfferLine;
import fr.metamut.desk.ui.component.DeskBlock;
import fr.metamut.notification.domain.Notification;
import fr.metamut.notification.domain.NotificationsChangedEvent;
import fr.metamut.notification.service.NotificationService;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipsChangedEvent;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Home: each user's desk. A director sees what their operator must do next; a coordinator or an
 * administrator what the Région must decide. Refreshes live when coverage, offers, actions, partnerships or
 * the user's notifications change.
 */
@Route("")
@Menu(order = -1, icon = "vaadin:home", title = "nav.desk")
@PermitAll
public class DeskView extends VerticalLayout implements TitledView {

    private final DeskService desks;
    private final Clock clock;
    private final Div content = new Div();
    private DirectorCoverage shownCoverage;

    public DeskView(DeskService desks, ChangeFeed feed, Clock clock) {
        this.desks = desks;
        this.clock = clock;
        content.setId("desk");
        content.setWidthFull();
        add(content);
        refresh();
        LiveRefresh.bind(this, feed, fr.metamut.offer.domain.OfferChangedEvent.LIST_TOPIC, this::refresh);
        LiveRefresh.bind(this, feed, ActionPlanChangedEvent.TOPIC, this::refresh);
        if (desks.hasDirectorDesk()) { // the Région's desk shows nothing of the coverage matrix
            LiveRefresh.bind(this, feed, CoverageChangedEvent.TOPIC, this::refreshCoverage);
        }
        LiveRefresh.bind(this, feed, PartnershipsChangedEvent.TOPIC, this::refresh);
        desks.username().ifPresent(username ->
                LiveRefresh.bind(this, feed, NotificationsChangedEvent.topicOf(username), this::refresh));
    }

    private void refresh() {
        content.removeAll();
        if (desks.hasDirectorDesk()) {
            DirectorDesk desk = desks.directorDesk();
            shownCoverage = desk.coverage();
            showDirector(desk);
        } else {
            showCoordinator(desks.coordinatorDesk());
        }
    }

    /**
     * After a change of the coverage matrix, rebuilt only if what the desk shows of it changed: most changes move
     * cells of other operators' territories, or cells that are no gap before or after.
     */
    private void refreshCoverage() {
        if (!desks.directorCoverage().equals(shownCoverage)) {
            refresh();
        }
    }

    private void showDirector(DirectorDesk desk) {
        Paragraph territory = new Paragraph(getTranslation("desk.director.territory",
                String.join(", ", desk.territory().stream().map(d -> d.code() + " " + d.name()).toList())));
        territory.addClassName("view-subtitle");
        Div blocks = blocks(
                new DeskBlock("desk-offers", getTranslation("desk.offers"), getTranslation("desk.offers.none"),
                        desk.offers(), this::offerLine),
                new DeskBlock("desk-gaps", getTranslation("desk.gaps"), getTranslation("desk.gaps.none"),
                        desk.gaps(), this::gapLine),
                news(desk.news()),
                new DeskBlock("desk-late", getTranslation("desk.late"), getTranslation("desk.late.none"),
                        desk.lateActions(), this::actionLine),
                new DeskBlock("desk-due", getTranslation("desk.due", DeskService.DUE_SOON_DAYS),
                        getTranslation("desk.due.none"), desk.dueSoon(), this::actionLine),
                new DeskBlock("desk-partnerships", getTranslation("desk.partnerships"),
                        getTranslation("desk.partnerships.none"), desk.endingSoon(), this::partnershipLine));
        content.add(new ViewHeader(getTranslation("desk.director.title", desk.operator())), territory, blocks);
    }

    private void showCoordinator(CoordinatorDesk desk) {
        Div kpis = new Div();
        kpis.setId("desk-kpis");
        kpis.addClassName("kpi-row");
        for (OfferStatus status : OfferStatus.values()) {
            if (status != OfferStatus.BROUILLON) {
                kpis.add(new KpiCard("desk-kpi-" + status.name(), Formats.number(desk.byStatus().getOrDefault(status, 0L)),
                        getTranslation("offer.status." + status.name())));
            }
        }
        kpis.add(new KpiCard("desk-kpi-budget", Formats.euros(desk.budgetValidated()),
                        getTranslation("desk.kpi.budget")),
                new KpiCard("desk-kpi-gaps", Formats.number(desk.gapsAddressed()), getTranslation("desk.kpi.gaps")));
        Div blocks = blocks(
                new DeskBlock("desk-queue", getTranslation("desk.queue"), getTranslation("desk.queue.none"),
                        desk.queue(), this::queueLine),
                news(desk.news()),
                new DeskBlock("desk-late", getTranslation("desk.lateRegion"), getTranslation("desk.late.none"),
                        desk.lateActions(), this::actionLine));
        content.add(new ViewHeader(getTranslation("desk.coordinator.title")), kpis, blocks);
    }

    private static Div blocks(Component... blocks) {
        Div grid = new Div(blocks);
        grid.addClassName("desk-blocks");
        return grid;
    }

    private DeskBlock news(List<Notification> news) {
        return new DeskBlock("desk-news", getTranslation("desk.news"), getTranslation("desk.news.none"), news, n -> {
            String text = getTranslation(n.getMessageKey(), (Object[]) n.getArguments().split(NotificationService.SEPARATOR, -1));
            return new Component[] {n.getLink() == null ? new Span(text) : new Anchor(n.getLink(), text),
                    detail(Formats.dateTime(n.getCreatedAt()))};
        });
    }

    private Component[] offerLine(OfferLine offer) {
        String key = offer.status() == OfferStatus.MODIFICATIONS_DEMANDEES ? "desk.offer.changes" : "desk.offer.draft";
        return new Component[] {new Anchor("offres/" + offer.id(), offer.title()), status(offer.status()),
                detail(getTranslation(key, Formats.dateTime(offer.since())))};
    }

    private Component[] queueLine(OfferLine offer) {
        long days = Duration.between(offer.since(), Instant.now(clock)).toDays();
        Span age = detail(getTranslation("desk.queue.age", days));
        age.addClassName(days > 30 ? "desk-old" : "desk-recent");
        Component[] line = {new Anchor("offres/" + offer.id(), offer.title()), detail(offer.lead()), status(offer.status()), age};
        if (!offer.resubmitted()) {
            return line;
        }
        Span again = new Span(getTranslation("desk.queue.resubmitted"));
        again.addClassNames("tag", "desk-resubmitted");
        return new Component[] {line[0], line[1], line[2], again, line[3]};
    }

    private Component[] gapLine(PriorityGap gap) {
        Span service = new Span(gap.service().name());
        service.addClassName("desk-main");
        return new Component[] {service,
                detail(getTranslation("desk.gap.where", gap.departement().code(), gap.departement().name(),
                        Formats.number(gap.demand()))),
                new Anchor("offres?service=" + gap.service().code() + "&departement=" + gap.departement().code()
                        + "&kind=GAP", getTranslation("desk.gap.propose"))};
    }

    private Component[] actionLine(ActionRow action) {
        return new Component[] {new Anchor("plan-actions", action.title()), detail(action.owner().name()),
                detail(getTranslation("desk.action.due", Formats.date(action.dueDate()), action.progress()))};
    }

    private Component[] partnershipLine(Partnership partnership) {
        return new Component[] {new Anchor("partenariats", partnership.getName()),
                detail(getTranslation("desk.partnership.ends", Formats.date(partnership.getEndDate())))};
    }

    private Span status(OfferStatus status) {
        Span badge = new Span(getTranslation("offer.status." + status.name()));
        badge.addClassNames("tag", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static Span detail(String text) {
        Span span = new Span(text);
        span.addClassName("desk-detail");
        return span;
    }

    @Override
    public String viewTitle() {
        return getTranslation("nav.desk");
    }
}
