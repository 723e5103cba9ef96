package fr.metamut.copil.service;

import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.copil.domain.Baseline;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.service.OfferService;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.swot.service.SwotService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the state a baseline freezes through the other features' services (the only doors to their data, each
 * checking the caller): the matrix, the offers submitted to the Région, the plan, the partnerships and the SWOT
 * board. Call it inside a transaction, so that it reads one consistent state.
 */
@Component
class BaselineReader {

    private final CoverageService coverage;
    private final OfferService offers;
    private final ActionPlanService actions;
    private final PartnershipService partnerships;
    private final SwotService swot;
    private final Clock clock;

    BaselineReader(CoverageService coverage, OfferService offers, ActionPlanService actions,
                   PartnershipService partnerships, SwotService swot, Clock clock) {
        this.coverage = coverage;
        this.offers = offers;
        this.actions = actions;
        this.partnerships = partnerships;
        this.swot = swot;
        this.clock = clock;
    }

    Baseline read(Instant at) {
        return new Baseline(Baseline.FORMAT, at, LocalDate.ofInstant(at, clock.getZone()), Baseline.Coverage.of(coverage.matrix()),
                offers.forReport().stream().filter(o -> o.getSubmittedAt() != null).map(BaselineReader::offer).toList(),
                actions.actions().stream().map(BaselineReader::action).toList(),
                partnerships.all().stream().map(BaselineReader::partnership).toList(), swotItems());
    }

    private static Baseline.Offer offer(JointOffer o) {
        return new Baseline.Offer(o.getId(), o.getTitle(), o.getStatus().name(), o.getLead().getName(),
                o.getBudgetTotal(), o.getSubmittedAt(), o.getDecidedAt(), o.getDecisionRationale());
    }

    private static Baseline.Action action(ActionRow a) {
        return new Baseline.Action(a.id(), a.title(), a.owner().name(), a.status().name(), a.done(), a.dueDate(),
                a.progress(), a.overdue());
    }

    private static Baseline.Partnership partnership(Partnership p) {
        return new Baseline.Partnership(p.getId(), p.getName(), p.getStatus().name(),
                p.getOperatorsByName().stream().map(o -> o.getName()).collect(Collectors.joining(", ")),
                p.getStartDate(), p.getEndDate());
    }

    private List<Baseline.SwotItem> swotItems() {
        List<Baseline.SwotItem> items = new ArrayList<>();
        swot.board().forEach((quadrant, cards) -> cards.forEach(card -> items.add(new Baseline.SwotItem(
                card.item().getId(), quadrant.name(), card.item().getPosition(), card.item().getTitle(),
                card.item().getDescription(), card.item().getAttribution().getUpdatedAt()))));
        return items;
    }
}
