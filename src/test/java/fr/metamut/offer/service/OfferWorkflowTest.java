package fr.metamut.offer.service;

import static fr.metamut.support.Denials.assertDeniedOrRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.support.AuthorizationTable;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestCaller;
import fr.metamut.support.TestUsers;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The workflow as a table: who × state × action → allowed or denied, enforced by the service. */
@IntegrationTest
class OfferWorkflowTest {

    enum Who implements TestCaller {
        LEAD(OfferFixtures.LEAD), PARTNER(OfferFixtures.PARTNER), OUTSIDER(OfferFixtures.OUTSIDER),
        COORDINATOR(TestUsers.COORDINATOR), ADMIN(TestUsers.ADMIN);

        private final String username;

        Who(String username) {
            this.username = username;
        }

        @Override
        public String username() {
            return username;
        }
    }

    enum Action { READ, EDIT, SUBMIT, TAKE, DECIDE, BACK_TO_DRAFT, WITHDRAW, REOPEN, COMMENT }

    @Autowired
    OfferService offers;
    @Autowired
    OfferWorkflowService workflow;
    @Autowired
    OfferCommentService comments;
    @Autowired
    OfferFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    /**
     * For each state of an offer led by Somme Numérique with Adico as partner ({@link OfferFixtures}), who may do
     * what. A denial is the service's: the caller may not, or the step does not exist from that state.
     */
    private static final Map<OfferStatus, AuthorizationTable<Action, Who>> WORKFLOW = tables(Map.of(
            OfferStatus.BROUILLON, """
                    action        | LEAD    | PARTNER | OUTSIDER | COORDINATOR | ADMIN
                    READ          | allowed | allowed | denied   | denied      | denied
                    EDIT          | allowed | allowed | denied   | denied      | denied
                    SUBMIT        | allowed | denied  | denied   | denied      | denied
                    TAKE          | denied  | denied  | denied   | denied      | denied
                    DECIDE        | denied  | denied  | denied   | denied      | denied
                    BACK_TO_DRAFT | denied  | denied  | denied   | denied      | denied
                    WITHDRAW      | allowed | denied  | denied   | denied      | denied
                    REOPEN        | denied  | denied  | denied   | denied      | denied
                    COMMENT       | allowed | allowed | denied   | denied      | denied
                    """,
            OfferStatus.SOUMISE, """
                    action        | LEAD    | PARTNER | OUTSIDER | COORDINATOR | ADMIN
                    READ          | allowed | allowed | allowed  | allowed     | allowed
                    EDIT          | denied  | denied  | denied   | denied      | denied
                    SUBMIT        | denied  | denied  | denied   | denied      | denied
                    TAKE          | denied  | denied  | denied   | allowed     | denied
                    DECIDE        | denied  | denied  | denied   | denied      | denied
                    BACK_TO_DRAFT | denied  | denied  | denied   | denied      | denied
                    WITHDRAW      | allowed | denied  | denied   | denied      | denied
                    REOPEN        | denied  | denied  | denied   | denied      | denied
                    COMMENT       | allowed | allowed | allowed  | allowed     | denied
                    """,
            OfferStatus.EN_INSTRUCTION, """
                    action        | LEAD    | PARTNER | OUTSIDER | COORDINATOR | ADMIN
                    READ          | allowed | allowed | allowed  | allowed     | allowed
                    EDIT          | denied  | denied  | denied   | denied      | denied
                    SUBMIT        | denied  | denied  | denied   | denied      | denied
                    TAKE          | denied  | denied  | denied   | denied      | denied
                    DECIDE        | denied  | denied  | denied   | allowed     | denied
                    BACK_TO_DRAFT | denied  | denied  | denied   | denied      | denied
                    WITHDRAW      | allowed | denied  | denied   | denied      | denied
                    REOPEN        | denied  | denied  | denied   | denied      | denied
                    COMMENT       | allowed | allowed | allowed  | allowed     | denied
                    """,
            OfferStatus.VALIDEE, """
                    action        | LEAD    | PARTNER | OUTSIDER | COORDINATOR | ADMIN
                    READ          | allowed | allowed | allowed  | allowed     | allowed
                    EDIT          | denied  | denied  | denied   | denied      | denied
                    SUBMIT        | denied  | denied  | denied   | denied      | denied
                    TAKE          | denied  | denied  | denied   | denied      | denied
                    DECIDE        | denied  | denied  | denied   | denied      | denied
                    BACK_TO_DRAFT | denied  | denied  | denied   | denied      | denied
                    WITHDRAW      | denied  | denied  | denied   | denied      | denied
                    REOPEN        | denied  | denied  | denied   | allowed     | denied
                    COMMENT       | allowed | allowed | allowed  | allowed     | denied
                    """,
            OfferStatus.REFUSEE, """
                    action        | LEAD    | PARTNER | OUTSIDER | COORDINATOR | ADMIN
                    READ          | allowed | allowed | allowed  | allowed     | allowed
                    EDIT          | denied  | denied  | denied   | denied      | denied
                    SUBMIT        | denied  | denied  | denied   | denied      | denied
                    TAKE          | denied  | denied  | denied   | denied      | denied
                    DECIDE        | denied  | denied  | denied   | denied      | denied
                    BACK_TO_DRAFT | denied  | denied  | denied   | denied      | denied
                    WITHDRAW      | denied  | denied  | denied   | denied      | denied
                    REOPEN        | denied  | denied  | denied   | allowed     | denied
                    COMMENT       | allowed | allowed | allowed  | allowed     | denied
                    """,
            OfferStatus.MODIFICATIONS_DEMANDEES, """
                    action        | LEAD    | PARTNER | OUTSIDER | COORDINATOR | ADMIN
                    READ          | allowed | allowed | allowed  | allowed     | allowed
                    EDIT          | denied  | denied  | denied   | denied      | denied
                    SUBMIT        | denied  | denied  | denied   | denied      | denied
                    TAKE          | denied  | denied  | denied   | denied      | denied
                    DECIDE        | denied  | denied  | denied   | denied      | denied
                    BACK_TO_DRAFT | allowed | denied  | denied   | denied      | denied
                    WITHDRAW      | allowed | denied  | denied   | denied      | denied
                    REOPEN        | denied  | denied  | denied   | denied      | denied
                    COMMENT       | allowed | allowed | allowed  | allowed     | denied
                    """,
            OfferStatus.RETIREE, """
                    action        | LEAD    | PARTNER | OUTSIDER | COORDINATOR | ADMIN
                    READ          | allowed | allowed | allowed  | allowed     | allowed
                    EDIT          | denied  | denied  | denied   | denied      | denied
                    SUBMIT        | denied  | denied  | denied   | denied      | denied
                    TAKE          | denied  | denied  | denied   | denied      | denied
                    DECIDE        | denied  | denied  | denied   | denied      | denied
                    BACK_TO_DRAFT | denied  | denied  | denied   | denied      | denied
                    WITHDRAW      | denied  | denied  | denied   | denied      | denied
                    REOPEN        | denied  | denied  | denied   | denied      | denied
                    COMMENT       | allowed | allowed | allowed  | allowed     | denied
                    """
            ));

    private static Map<OfferStatus, AuthorizationTable<Action, Who>> tables(Map<OfferStatus, String> texts) {
        Map<OfferStatus, AuthorizationTable<Action, Who>> tables = new EnumMap<>(OfferStatus.class);
        texts.forEach((status, text) -> tables.put(status, AuthorizationTable.parse(text, Action.class, Who.class)));
        return tables;
    }

    static Stream<Arguments> table() {
        return WORKFLOW.entrySet().stream().flatMap(state -> state.getValue().cases().map(Arguments::get)
                .map(cell -> Arguments.of(cell[1], state.getKey(), cell[0], cell[2])));
    }

    @Test
    void the_tables_cover_every_state_action_and_caller() {
        assertThat(WORKFLOW).containsOnlyKeys(OfferStatus.values());
        WORKFLOW.values().forEach(table -> {
            assertThat(table.rows()).containsOnlyKeys(Action.values());
            table.rows().values().forEach(row -> assertThat(row).containsOnlyKeys(Who.values()));
        });
    }

    @ParameterizedTest(name = "{0} {2} on {1} → allowed={3}")
    @MethodSource("table")
    void the_service_allows_exactly_what_the_workflow_allows(Who who, OfferStatus status, Action action, boolean allowed) {
        JointOffer offer = fixtures.offerIn(status);
        Long id = offer.getId();
        users.loginAs(who);
        BiConsumer<Long, Action> call = (offerId, a) -> {
            switch (a) {
                case READ -> offers.get(offerId);
                case EDIT -> offers.save(offerId, offer.content(), withTitle(offer, "Titre modifié"));
                case SUBMIT -> workflow.submit(offerId);
                case TAKE -> workflow.takeForReview(offerId);
                case DECIDE -> workflow.decide(offerId, OfferStatus.VALIDEE, "Conforme aux besoins");
                case BACK_TO_DRAFT -> workflow.backToDraft(offerId);
                case WITHDRAW -> workflow.withdraw(offerId, "Retrait");
                case REOPEN -> workflow.reopen(offerId, "Nouvel élément");
                case COMMENT -> comments.post(offerId, "Avis favorable");
            }
        };
        if (allowed) {
            call.accept(id, action);
        } else {
            assertDeniedOrRefused(() -> call.accept(id, action));
            users.login(OfferFixtures.LEAD);
            JointOffer after = offers.get(id);
            assertThat(after.getStatus()).isEqualTo(status);
            assertThat(after.getTitle()).isEqualTo(offer.getTitle());
        }
    }

    @Test
    void a_decision_needs_a_rationale_and_changes_nothing_without_one() {
        JointOffer offer = fixtures.offerIn(OfferStatus.EN_INSTRUCTION);
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> workflow.decide(offer.getId(), OfferStatus.REFUSEE, "   "))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("offer.error.rationaleRequired");
        assertThat(offers.get(offer.getId()).getStatus()).isEqualTo(OfferStatus.EN_INSTRUCTION);
        JointOffer refused = workflow.decide(offer.getId(), OfferStatus.REFUSEE, "Budget non financé");
        assertThat(refused.getDecisionRationale()).isEqualTo("Budget non financé");
        assertThat(refused.getReviewer()).isEqualTo(TestUsers.COORDINATOR);
    }

    @Test
    void changes_requested_go_back_to_draft_and_once_resubmitted_are_back_under_review_by_the_same_coordinator() {
        JointOffer offer = fixtures.offerIn(OfferStatus.MODIFICATIONS_DEMANDEES);
        users.login(OfferFixtures.LEAD);
        workflow.backToDraft(offer.getId());
        offers.save(offer.getId(), offer.content(), withTitle(offer, "Archivage mutualisé, version 2"));
        JointOffer resubmitted = workflow.submit(offer.getId());
        assertThat(resubmitted.getStatus()).isEqualTo(OfferStatus.EN_INSTRUCTION);
        assertThat(resubmitted.getReviewer()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(resubmitted.getStateChanges()).extracting(c -> c.getTo()).containsExactly(
                OfferStatus.BROUILLON, OfferStatus.SOUMISE, OfferStatus.EN_INSTRUCTION,
                OfferStatus.MODIFICATIONS_DEMANDEES, OfferStatus.BROUILLON, OfferStatus.SOUMISE,
                OfferStatus.EN_INSTRUCTION);
        assertThat(resubmitted.getStateChanges().getLast().getActor()).isEqualTo(TestUsers.COORDINATOR);
    }

    @Test
    void the_cells_of_validated_offers_are_planned_with_each_offer_title_oldest_first() {
        JointOffer first = fixtures.offerIn(OfferStatus.VALIDEE);
        JointOffer submitted = fixtures.offerIn(OfferStatus.SOUMISE);
        JointOffer second = fixtures.offerIn(OfferStatus.VALIDEE);
        users.login(OfferFixtures.OUTSIDER);
        List<String> titles = offers.plannedCells().get("ARCHIVAGE/62");
        assertThat(titles).containsSubsequence(first.getTitle(), second.getTitle()).doesNotContain(submitted.getTitle());
    }

    static fr.metamut.offer.domain.OfferContent withTitle(JointOffer offer, String title) {
        fr.metamut.offer.domain.OfferContent c = offer.content();
        return new fr.metamut.offer.domain.OfferContent(title, c.summary(), c.benefits(), c.budgetTotal(), c.startDate(),
                c.endDate(), c.partnerIds(), c.serviceIds(), c.departementCodes(), c.milestones(), c.budgetShares(),
                c.addressedCells());
    }
}
