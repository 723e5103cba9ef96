package fr.metamut.offer.service;

import fr.metamut.catalog.service.CatalogService;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds joint offers in a given workflow state, driving the workflow as the right users would. */
@Component
public class OfferFixtures {

    public static final String LEAD = TestUsers.DIRECTOR_SOMME_NUM;
    public static final String PARTNER = TestUsers.DIRECTOR_ADICO;
    public static final String OUTSIDER = "directeur.cap_oise";

    private final OfferService offers;
    private final OfferWorkflowService workflow;
    private final CatalogService catalog;
    private final TestUsers users;
    private final OfferHistoryService history;

    public OfferFixtures(OfferService offers, OfferWorkflowService workflow, CatalogService catalog, TestUsers users,
                         OfferHistoryService history) {
        this.offers = offers;
        this.workflow = workflow;
        this.catalog = catalog;
        this.users = users;
        this.history = history;
    }

    public OfferContent content(String title) {
        long adico = catalog.operatorByCode("ADICO").orElseThrow().getId();
        long archivage = catalog.services().stream().filter(s -> s.getCode().equals("ARCHIVAGE")).findFirst().orElseThrow().getId();
        return new OfferContent(title, "Mutualiser l’archivage électronique", "Des archives conformes",
                new BigDecimal("120000"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Set.of(adico),
                Set.of(archivage), Set.of("62"), List.of(), Set.of(),
                Set.of(new AddressedCell("ARCHIVAGE", "62", AddressedCell.Kind.GAP)));
    }

    /** The saved budget of an offer, read as its lead (for browser tests, from outside any page). */
    public java.math.BigDecimal budgetOf(Long offerId) {
        users.login(LEAD);
        try {
            return offers.get(offerId).getBudgetTotal();
        } finally {
            users.logout();
        }
    }

    /** Every value the offer's budget has had, as its history shows them ("150 000 €"). */
    public List<String> budgetHistory(Long offerId) {
        users.login(LEAD);
        try {
            return history.history(offerId).stream().filter(e -> "BUDGET_TOTAL".equals(e.field()))
                    .map(HistoryEntry::newValue).toList();
        } finally {
            users.logout();
        }
    }

    /** A new offer led by Somme Numérique with Adico as partner, moved to the given state. */
    public JointOffer offerIn(OfferStatus status) {
        users.login(LEAD);
        JointOffer offer = offers.create(content("Archivage mutualisé " + System.nanoTime()));
        Long id = offer.getId();
        switch (status) {
            case BROUILLON -> { }
            case RETIREE -> offer = workflow.withdraw(id, "Abandon");
            default -> {
                offer = workflow.submit(id);
                if (status != OfferStatus.SOUMISE) {
                    users.login(TestUsers.COORDINATOR);
                    offer = workflow.takeForReview(id);
                    if (status != OfferStatus.EN_INSTRUCTION) {
                        offer = workflow.decide(id, status, "Motif de la décision");
                    }
                }
            }
        }
        users.logout();
        return offer;
    }
}
