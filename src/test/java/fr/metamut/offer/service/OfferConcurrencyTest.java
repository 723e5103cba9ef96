package fr.metamut.offer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people (or many) saving the same offer: different fields all land; the same field is a conflict. */
@IntegrationTest
class OfferConcurrencyTest {

    @Autowired
    OfferService offers;
    @Autowired
    OfferWorkflowService workflow;
    @Autowired
    OfferHistoryService history;
    @Autowired
    OfferFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void edits_to_different_fields_from_the_same_base_both_land() {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        OfferContent base = offer.content();
        users.login(OfferFixtures.LEAD);
        offers.save(offer.getId(), base, with(base, c -> copy(c, "Nouveau titre", c.summary())));
        users.login(OfferFixtures.PARTNER);
        JointOffer saved = offers.save(offer.getId(), base, with(base, c -> copy(c, c.title(), "Résumé du partenaire")));
        assertThat(saved.getTitle()).isEqualTo("Nouveau titre");
        assertThat(saved.getSummary()).isEqualTo("Résumé du partenaire");
    }

    @Test
    void the_same_field_changed_twice_is_a_conflict_with_both_values_and_nothing_is_saved() {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        OfferContent base = offer.content();
        users.login(OfferFixtures.LEAD);
        offers.save(offer.getId(), base, copy(base, "Titre du chef de file", base.summary()));
        users.login(OfferFixtures.PARTNER);
        OfferContent mine = copy(base, "Titre du partenaire", "Mon résumé");
        assertThatThrownBy(() -> offers.save(offer.getId(), base, mine))
                .isInstanceOfSatisfying(OfferConflictException.class, e -> {
                    assertThat(e.getConflicts()).singleElement().satisfies(c -> {
                        assertThat(c.field()).isEqualTo(OfferField.TITLE);
                        assertThat(c.theirs()).isEqualTo("Titre du chef de file");
                        assertThat(c.mine()).isEqualTo("Titre du partenaire");
                    });
                    assertThat(e.getCurrent().title()).isEqualTo("Titre du chef de file");
                });
        JointOffer unchanged = offers.get(offer.getId());
        assertThat(unchanged.getSummary()).isEqualTo(base.summary());
        // the partner chose to keep their title: rebased on the current content, the save goes through
        JointOffer resolved = offers.save(offer.getId(), unchanged.content(), mine);
        assertThat(resolved.getTitle()).isEqualTo("Titre du partenaire");
        assertThat(resolved.getSummary()).isEqualTo("Mon résumé");
    }

    @Test
    void shares_within_my_budget_against_a_budget_lowered_meanwhile_are_a_conflict_not_a_share_error() {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        OfferContent base = offer.content();
        long adico = base.partnerIds().iterator().next();
        users.login(OfferFixtures.LEAD);
        offers.save(offer.getId(), base, new OfferContent(base.title(), base.summary(), base.benefits(),
                new BigDecimal("50000"), base.startDate(), base.endDate(), base.partnerIds(), base.serviceIds(),
                base.departementCodes(), base.milestones(), base.budgetShares(), base.addressedCells()));
        users.login(OfferFixtures.PARTNER);
        OfferContent mine = new OfferContent(base.title(), base.summary(), base.benefits(), base.budgetTotal(),
                base.startDate(), base.endDate(), base.partnerIds(), base.serviceIds(), base.departementCodes(),
                base.milestones(), Set.of(new BudgetShare(adico, new BigDecimal("100000"))), base.addressedCells());

        assertThatThrownBy(() -> offers.save(offer.getId(), base, mine))
                .isInstanceOfSatisfying(OfferConflictException.class, e -> {
                    assertThat(e.getConflicts()).extracting(FieldConflict::field)
                            .containsExactlyInAnyOrder(OfferField.BUDGET_TOTAL, OfferField.BUDGET_SHARES);
                    assertThat(e.getConflicts()).filteredOn(c -> c.field() == OfferField.BUDGET_TOTAL).singleElement()
                            .satisfies(c -> {
                                assertThat((BigDecimal) c.theirs()).isEqualByComparingTo("50000");
                                assertThat(c.theirAuthor()).isEqualTo(OfferFixtures.LEAD);
                            });
                });
        assertThat(offers.get(offer.getId()).getBudgetShares()).isEmpty();
    }

    @Test
    void many_concurrent_saves_of_different_fields_lose_no_update() throws Exception {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        OfferContent base = offer.content();
        List<UnaryOperator<OfferContent>> edits = List.of(
                c -> copy(c, "Titre concurrent", c.summary()),
                c -> copy(c, c.title(), "Résumé concurrent"),
                c -> new OfferContent(c.title(), c.summary(), "Bénéfices concurrents", c.budgetTotal(), c.startDate(), c.endDate(), c.partnerIds(), c.serviceIds(), c.departementCodes(), c.milestones(), c.budgetShares(), c.addressedCells()),
                c -> new OfferContent(c.title(), c.summary(), c.benefits(), new BigDecimal("250000"), c.startDate(), c.endDate(), c.partnerIds(), c.serviceIds(), c.departementCodes(), c.milestones(), c.budgetShares(), c.addressedCells()),
                c -> new OfferContent(c.title(), c.summary(), c.benefits(), c.budgetTotal(), LocalDate.of(2027, 3, 1), c.endDate(), c.partnerIds(), c.serviceIds(), c.departementCodes(), c.milestones(), c.budgetShares(), c.addressedCells()),
                c -> new OfferContent(c.title(), c.summary(), c.benefits(), c.budgetTotal(), c.startDate(), LocalDate.of(2028, 6, 30), c.partnerIds(), c.serviceIds(), c.departementCodes(), c.milestones(), c.budgetShares(), c.addressedCells()),
                c -> new OfferContent(c.title(), c.summary(), c.benefits(), c.budgetTotal(), c.startDate(), c.endDate(), c.partnerIds(), c.serviceIds(), Set.of("62", "59"), c.milestones(), c.budgetShares(), c.addressedCells()),
                c -> new OfferContent(c.title(), c.summary(), c.benefits(), c.budgetTotal(), c.startDate(), c.endDate(), c.partnerIds(), c.serviceIds(), c.departementCodes(), List.of(new Milestone("Lancement", LocalDate.of(2027, 2, 1))), c.budgetShares(), c.addressedCells()));
        ExecutorService pool = Executors.newFixedThreadPool(edits.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<JointOffer>> results = new ArrayList<>();
            for (int i = 0; i < edits.size(); i++) {
                UnaryOperator<OfferContent> edit = edits.get(i);
                String who = i % 2 == 0 ? OfferFixtures.LEAD : OfferFixtures.PARTNER;
                Callable<JointOffer> task = () -> {
                    users.login(who);
                    start.await();
                    try {
                        return offers.save(offer.getId(), base, edit.apply(base));
                    } finally {
                        users.logout();
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<JointOffer> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        users.login(OfferFixtures.LEAD);
        JointOffer merged = offers.get(offer.getId());
        assertThat(merged.getTitle()).isEqualTo("Titre concurrent");
        assertThat(merged.getSummary()).isEqualTo("Résumé concurrent");
        assertThat(merged.getBenefits()).isEqualTo("Bénéfices concurrents");
        assertThat(merged.getBudgetTotal()).isEqualByComparingTo("250000");
        assertThat(merged.getStartDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(merged.getEndDate()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(merged.content().departementCodes()).containsExactlyInAnyOrder("62", "59");
        assertThat(merged.getMilestones()).extracting(Milestone::getTitle).containsExactly("Lancement");
    }

    @Test
    void history_shows_who_changed_which_field_from_what_to_what_and_each_state_change() {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        users.login(OfferFixtures.PARTNER);
        offers.save(offer.getId(), offer.content(), copy(offer.content(), "Titre revu", offer.getSummary()));
        users.login(OfferFixtures.LEAD);
        workflow.submit(offer.getId());
        List<HistoryEntry> entries = history.history(offer.getId());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(HistoryEntry.Kind.FIELD);
            assertThat(e.field()).isEqualTo("TITLE");
            assertThat(e.author()).isEqualTo(OfferFixtures.PARTNER);
            assertThat(e.oldValue()).isEqualTo(offer.getTitle());
            assertThat(e.newValue()).isEqualTo("Titre revu");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(HistoryEntry.Kind.STATE);
            assertThat(e.newValue()).isEqualTo("SOUMISE");
            assertThat(e.author()).isEqualTo(OfferFixtures.LEAD);
        });
        assertThat(entries).anySatisfy(e -> assertThat(e.field()).isEqualTo("PARTNERS"));
    }

    @Test
    void open_editors_share_one_read_per_announced_change_and_a_draft_stays_refused_to_outsiders() {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        Long id = offer.getId();
        users.login(OfferFixtures.LEAD);
        JointOffer shared = offers.latestIfReadable(id).orElseThrow();
        users.login(OfferFixtures.PARTNER);
        assertThat(offers.latestIfReadable(id)).as("no change since: the same read").containsSame(shared);
        users.login(OfferFixtures.OUTSIDER);
        assertThat(offers.latestIfReadable(id)).isEmpty();

        users.login(OfferFixtures.PARTNER);
        JointOffer saved = offers.save(id, offer.content(), copy(offer.content(), "Titre revu", offer.getSummary()));
        users.login(OfferFixtures.LEAD);
        JointOffer after = offers.latestIfReadable(id).orElseThrow();
        assertThat(after).isNotSameAs(shared);
        assertThat(after.getTitle()).isEqualTo("Titre revu");
        assertThat(after.getVersion()).isEqualTo(saved.getVersion());
        users.login(OfferFixtures.OUTSIDER);
        assertThat(offers.latestIfReadable(id)).isEmpty();

        users.login(OfferFixtures.LEAD);
        workflow.submit(id);
        users.login(OfferFixtures.OUTSIDER);
        assertThat(offers.latestIfReadable(id).orElseThrow().getStatus()).as("readable once submitted").isEqualTo(OfferStatus.SOUMISE);
    }

    private static OfferContent with(OfferContent c, UnaryOperator<OfferContent> edit) {
        return edit.apply(c);
    }

    static OfferContent copy(OfferContent c, String title, String summary) {
        return new OfferContent(title, summary, c.benefits(), c.budgetTotal(), c.startDate(), c.endDate(),
                c.partnerIds(), c.serviceIds(), c.departementCodes(), c.milestones(), c.budgetShares(), c.addressedCells());
    }
}
