package fr.metamut.base.domain;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.service.OfferService;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.service.SwotService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A text holding a character some store cannot keep (NUL, another control character, a lone surrogate)
 * is refused with the French message by every feature, and nothing of the save is stored — on H2
 * ({@link UnstorableTextTest}) and on PostgreSQL ({@link UnstorableTextPostgresTest}), which before this
 * failed with an unhandled "invalid byte sequence … 0x00" (NUL) or silently stored "?" (lone surrogate).
 * Not transactional: each save commits (or fails to) as it does for a user.
 */
abstract class UnstorableTextRefusals {

    private static final String NUL = "\u0000";
    private static final String LONE_SURROGATE = "\uD83D";

    @Autowired
    SwotService swot;
    @Autowired
    OfferingService offeringService;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    OfferService offers;
    @Autowired
    OfferFixtures offerFixtures;
    @Autowired
    ActionPlanService plan;
    @Autowired
    CatalogService catalog;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    /** Marks this test's rows, so that a count finds only them. */
    private final String marker = "Marqueur " + System.nanoTime();
    private Offering offering;
    private String noteBefore;

    @BeforeEach
    void loginAsDirector() {
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        offering = offerings.findByOperator(catalog.operatorByCode("SOMME_NUM").orElseThrow().getId()).getFirst();
        noteBefore = offering.getNote();
    }

    @AfterEach
    void restoreAndLogout() {
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        Offering now = offerings.findById(offering.getId()).orElseThrow();
        offeringService.changeNote(now.getId(), now.getVersion(), noteBefore);
        jdbc.update("delete from swot_item where title like ?", marker + "%");
        users.logout();
    }

    @Test
    void an_afom_item_with_a_nul_is_refused_and_not_stored() {
        assertRefused(() -> swot.add(Quadrant.STRENGTH, new SwotContent(marker + " atout" + NUL + "caché", null, null)),
                Texts.INVALID_CHARACTER);

        assertThat(rows("swot_item", "title")).isZero();
    }

    @Test
    void an_afom_item_description_changed_to_hold_a_lone_surrogate_is_refused_and_the_item_kept() {
        SwotItem item = swot.add(Quadrant.THREAT, new SwotContent(marker + " menace", "Avant", null));

        assertRefused(() -> swot.update(item.getId(), item.getVersion(),
                new SwotContent(item.getTitle(), "Émoji cassé " + LONE_SURROGATE, null)), Texts.INVALID_CHARACTER);

        assertThat(jdbc.queryForObject("select description from swot_item where id = ?", String.class, item.getId()))
                .isEqualTo("Avant");
    }

    @Test
    void an_offering_note_with_a_nul_is_refused_and_the_note_kept() {
        // the change is written when the transaction commits, after the service method has returned
        assertRefused(() -> offeringService.changeNote(offering.getId(), offering.getVersion(), "Sur" + NUL + "devis"),
                Texts.INVALID_CHARACTER);

        Offering after = offerings.findById(offering.getId()).orElseThrow();
        assertThat(after.getNote()).isEqualTo(noteBefore);
        assertThat(after.getVersion()).isEqualTo(offering.getVersion());
    }

    @Test
    void tabs_and_line_breaks_are_stored_as_typed() {
        Offering changed = offeringService.changeNote(offering.getId(), offering.getVersion(), "Ligne 1\r\nLigne\t2");

        assertThat(offerings.findById(changed.getId()).orElseThrow().getNote()).isEqualTo("Ligne 1\r\nLigne\t2");
    }

    @Test
    void a_joint_offer_titled_with_a_lone_surrogate_is_refused_and_not_stored() {
        assertRefused(() -> offers.create(offerFixtures.content(marker + " offre " + LONE_SURROGATE + " fin")),
                Texts.INVALID_CHARACTER);

        assertThat(rows("joint_offer", "title")).isZero();
    }

    @Test
    void a_milestone_of_a_joint_offer_with_a_control_character_is_refused_and_the_offer_unchanged() {
        JointOffer offer = offers.create(offerFixtures.content(marker + " offre"));
        OfferContent base = offer.content();
        OfferContent withMilestone = new OfferContent(base.title(), base.summary(), base.benefits(), base.budgetTotal(),
                base.startDate(), base.endDate(), base.partnerIds(), base.serviceIds(), base.departementCodes(),
                List.of(new Milestone("Lancement\u0007", LocalDate.of(2027, 3, 1))), base.budgetShares(),
                base.addressedCells());

        assertRefused(() -> offers.save(offer.getId(), base, withMilestone), Texts.INVALID_CHARACTER);

        assertThat(offers.get(offer.getId()).getMilestones()).isEmpty();
    }

    @Test
    void an_action_titled_with_a_nul_is_refused_and_not_stored() {
        users.login(TestUsers.COORDINATOR);
        Long owner = catalog.operatorByCode("SOMME_NUM").orElseThrow().getId();

        assertRefused(() -> plan.create(ActionContent.of(marker + " action" + NUL, owner)), Texts.INVALID_CHARACTER);

        assertThat(rows("plan_action", "title")).isZero();
    }

    private int rows(String table, String column) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " like ?", Integer.class,
                marker + "%");
    }
}
