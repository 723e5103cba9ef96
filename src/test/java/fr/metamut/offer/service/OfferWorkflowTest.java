package fr.metamut.offer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The workflow as a table: who × state × action → allowed or denied, enforced by the service. */
@IntegrationTest
class OfferWorkflowTest {

    enum Who {
        LEAD(OfferFixtures.LEAD), PARTNER(OfferFixtures.PARTNER), OUTSIDER(OfferFixtures.OUTSIDER),
        COORDINATOR(TestUsers.COORDINATOR), ADMIN(TestUsers.ADMIN);

        final String username;

        Who(String username) {
            this.username = username;
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

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (OfferStatus status : OfferStatus.values()) {
            for (Who who : Who.values()) {
                for (Action action : Action.values()) {
                    rows.add(Arguments.of(who, status, action, expected(who, status, action)));
                }
            }
        }
        return rows.stream();
    }

    static boolean expected(Who who, OfferStatus status, Action action) {
        boolean involved = who == Who.LEAD || who == Who.PARTNER;
        boolean readable = involved || status != OfferStatus.BROUILLON;
        return switch (action) {
            case READ -> readable;
            case EDIT -> involved && status == OfferStatus.BROUILLON;
            case SUBMIT -> who == Who.LEAD && status == OfferStatus.BROUILLON;
            case TAKE -> who == Who.COORDINATOR && status == OfferStatus.SOUMISE;
            case DECIDE -> who == Who.COORDINATOR && status == OfferStatus.EN_INSTRUCTION;
            case BACK_TO_DRAFT -> who == Who.LEAD && status == OfferStatus.MODIFICATIONS_DEMANDEES;
            case WITHDRAW -> who == Who.LEAD && EnumSet.of(OfferStatus.BROUILLON, OfferStatus.SOUMISE,
                    OfferStatus.EN_INSTRUCTION, OfferStatus.MODIFICATIONS_DEMANDEES).contains(status);
            case REOPEN -> who == Who.COORDINATOR && Set.of(OfferStatus.VALIDEE, OfferStatus.REFUSEE).contains(status);
            case COMMENT -> readable && who != Who.ADMIN;
        };
    }

    @ParameterizedTest(name = "{0} {2} on {1} → allowed={3}")
    @MethodSource("table")
    void the_service_allows_exactly_what_the_workflow_allows(Who who, OfferStatus status, Action action, boolean allowed) {
        JointOffer offer = fixtures.offerIn(status);
        Long id = offer.getId();
        users.login(who.username);
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
            assertThatThrownBy(() -> call.accept(id, action))
                    .isInstanceOfAny(AccessDeniedException.class, UserFacingException.class);
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

    static fr.metamut.offer.domain.OfferContent withTitle(JointOffer offer, String title) {
        fr.metamut.offer.domain.OfferContent c = offer.content();
        return new fr.metamut.offer.domain.OfferContent(title, c.summary(), c.benefits(), c.budgetTotal(), c.startDate(),
                c.endDate(), c.partnerIds(), c.serviceIds(), c.departementCodes(), c.milestones(), c.budgetShares(),
                c.addressedCells());
    }
}
