package fr.metamut.actionplan.service;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.service.OfferService;
import fr.metamut.offer.service.OfferWorkflowService;
import fr.metamut.support.TestUsers;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Test data for the action plan: actions created as a coordinator would, joint offers with milestones
 * in any state, and the clean-up every test runs (the context and its database are shared).
 */
@Component
public class PlanFixtures {

    private final ActionPlanService plan;
    private final PlanActionRepository actions;
    private final OfferService offers;
    private final OfferWorkflowService workflow;
    private final OfferFixtures offerFixtures;
    private final CatalogService catalog;
    private final TestUsers users;

    public PlanFixtures(ActionPlanService plan, PlanActionRepository actions, OfferService offers, OfferWorkflowService workflow,
                        OfferFixtures offerFixtures, CatalogService catalog, TestUsers users) {
        this.plan = plan;
        this.actions = actions;
        this.offers = offers;
        this.workflow = workflow;
        this.offerFixtures = offerFixtures;
        this.catalog = catalog;
        this.users = users;
    }

    public long operatorId(String code) {
        users.login(TestUsers.COORDINATOR);
        try {
            return catalog.operatorByCode(code).orElseThrow().getId();
        } finally {
            users.logout();
        }
    }

    /** An action owned by Somme Numérique with Adico contributing, created by a coordinator. */
    public ActionRow sommeNumAction(String title) {
        return create(ActionContent.of(title, operatorId("SOMME_NUM")).withOwner(operatorId("SOMME_NUM"),
                Set.of(operatorId("ADICO"))));
    }

    public ActionRow create(ActionContent content) {
        users.login(TestUsers.COORDINATOR);
        try {
            return plan.create(content);
        } finally {
            users.logout();
        }
    }

    public ActionRow reload(long actionId) {
        users.login(TestUsers.COORDINATOR);
        try {
            return plan.get(actionId);
        } finally {
            users.logout();
        }
    }

    /**
     * A joint offer led by Somme Numérique with Adico as partner, with the given milestones, moved to
     * the given state as its lead and a coordinator would.
     */
    public JointOffer offerIn(OfferStatus status, List<Milestone> milestones) {
        users.login(OfferFixtures.LEAD);
        OfferContent base = offerFixtures.content("Offre du plan " + System.nanoTime());
        OfferContent content = new OfferContent(base.title(), base.summary(), base.benefits(), base.budgetTotal(),
                base.startDate(), base.endDate(), base.partnerIds(), base.serviceIds(), base.departementCodes(),
                milestones, base.budgetShares(), base.addressedCells());
        JointOffer offer = offers.create(content);
        Long id = offer.getId();
        if (status != OfferStatus.BROUILLON) {
            offer = workflow.submit(id);
            if (status != OfferStatus.SOUMISE) {
                users.login(TestUsers.COORDINATOR);
                offer = workflow.takeForReview(id);
                if (status != OfferStatus.EN_INSTRUCTION) {
                    offer = workflow.decide(id, status, "Décision de test");
                }
            }
        }
        users.logout();
        return offer;
    }

    /** Removes every action (tests start from an empty plan and leave it empty). */
    public void deleteAllActions() {
        actions.deleteAll();
    }
}
