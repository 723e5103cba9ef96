package fr.metamut.actionplan.service;

import static fr.metamut.support.Denials.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.support.AuthorizationTable;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestCaller;
import fr.metamut.support.TestUsers;
import java.time.LocalDate;
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

/**
 * Who may do what on the plan, as a table enforced by the service whatever the UI shows: the action is
 * owned by Somme Numérique with Adico contributing; Cap’Oise is another operator. The offer whose actions are
 * generated is led by Somme Numérique with Adico as partner ({@link PlanFixtures#offerIn}).
 */
@IntegrationTest
class ActionPlanAuthorizationTest {

    private static final String MATRIX = """
            action              | OWNER_DIRECTOR | CONTRIBUTOR_DIRECTOR | OTHER_DIRECTOR | COORDINATOR | ADMIN   | ANONYMOUS
            READ                | allowed        | allowed              | allowed        | allowed     | allowed | denied
            CREATE              | allowed        | denied               | denied         | allowed     | denied  | denied
            UPDATE              | allowed        | denied               | denied         | allowed     | denied  | denied
            REPORT_PROGRESS     | allowed        | allowed              | denied         | allowed     | denied  | denied
            DELETE              | allowed        | denied               | denied         | allowed     | denied  | denied
            GENERATE_FROM_OFFER | allowed        | denied               | denied         | allowed     | denied  | denied
            """;

    private static final AuthorizationTable<Action, Who> TABLE = AuthorizationTable.parse(MATRIX, Action.class,
            Who.class);

    enum Who implements TestCaller {
        OWNER_DIRECTOR(TestUsers.DIRECTOR_SOMME_NUM), CONTRIBUTOR_DIRECTOR(TestUsers.DIRECTOR_ADICO),
        OTHER_DIRECTOR(TestUsers.DIRECTOR_CAP_OISE), COORDINATOR(TestUsers.COORDINATOR), ADMIN(TestUsers.ADMIN),
        ANONYMOUS(null);

        private final String username;

        Who(String username) {
            this.username = username;
        }

        @Override
        public String username() {
            return username;
        }
    }

    enum Action {
        READ((plan, f) -> assertThat(plan.actions()).extracting(ActionRow::id).contains(f.action().id())),
        CREATE((plan, f) -> plan.create(ActionContent.of("Nouvelle action", f.sommeNum()))),
        UPDATE((plan, f) -> plan.update(f.action().id(), f.action().version(),
                f.action().toContent().withTitle("Intitulé modifié"))),
        REPORT_PROGRESS((plan, f) -> plan.reportProgress(f.action().id(), f.action().version(), ActionStatus.EN_COURS,
                40, null)),
        DELETE((plan, f) -> plan.delete(f.action().id())),
        GENERATE_FROM_OFFER((plan, f) -> plan.generateFromOffer(f.offer().getId()));

        final BiConsumer<ActionPlanService, Fixture> call;

        Action(BiConsumer<ActionPlanService, Fixture> call) {
            this.call = call;
        }
    }

    /** What the calls need, prepared before the caller logs in. */
    record Fixture(ActionRow action, long sommeNum, JointOffer offer) {
    }

    @Autowired
    ActionPlanService plan;
    @Autowired
    PlanActionRepository actions;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void cleanUp() {
        users.logout();
        fixtures.deleteAllActions();
    }

    static Stream<Arguments> table() {
        return TABLE.cases();
    }

    @ParameterizedTest(name = "{1} {0} → allowed={2}")
    @MethodSource("table")
    void the_service_allows_exactly_what_the_table_says(Action action, Who who, boolean allowed) {
        JointOffer offer = action == Action.GENERATE_FROM_OFFER
                ? fixtures.offerIn(OfferStatus.VALIDEE, List.of(new Milestone("Étape", LocalDate.of(2027, 3, 1))))
                : null;
        Fixture fixture = new Fixture(fixtures.sommeNumAction("Former les agents au RGPD"),
                fixtures.operatorId("SOMME_NUM"), offer);
        long count = actions.count();
        users.loginAs(who);

        if (allowed) {
            assertThatCode(() -> action.call.accept(plan, fixture)).doesNotThrowAnyException();
            return;
        }
        assertDenied(() -> action.call.accept(plan, fixture));
        if (offer != null && who != Who.ANONYMOUS) {
            assertThat(plan.generationCandidates()).as("not offered the generation either")
                    .extracting(GenerationCandidate::offerId).doesNotContain(offer.getId());
        }
        users.logout();
        assertThat(actions.count()).isEqualTo(count);
        ActionRow after = fixtures.reload(fixture.action().id());
        assertThat(after.title()).isEqualTo(fixture.action().title());
        assertThat(after.status()).isEqualTo(ActionStatus.A_FAIRE);
        assertThat(after.progress()).isZero();
        assertThat(after.version()).isEqualTo(fixture.action().version());
    }

    @Test
    void a_director_creates_actions_of_their_own_operator_only() {
        long adico = fixtures.operatorId("ADICO");
        long capOise = fixtures.operatorId("CAP_OISE");
        users.login(TestUsers.DIRECTOR_ADICO);

        ActionRow own = plan.create(ActionContent.of("Mutualiser le DPO", adico));
        assertThat(own.owner().id()).isEqualTo(adico);
        assertThat(own.attribution().createdBy()).isEqualTo(TestUsers.DIRECTOR_ADICO);
        assertDenied(() -> plan.create(ActionContent.of("Pour un autre", capOise)));
    }

    @Test
    void a_director_cannot_hand_their_action_to_another_operator() {
        ActionRow action = fixtures.sommeNumAction("Déployer le SIG");
        long capOise = fixtures.operatorId("CAP_OISE");
        users.login(TestUsers.DIRECTOR_SOMME_NUM);

        assertDenied(() -> plan.update(action.id(), action.version(), action.toContent().withOwner(capOise, Set.of())));
        assertThat(plan.get(action.id()).owner().id()).isEqualTo(fixtures.operatorId("SOMME_NUM"));
    }

    @Test
    void a_coordinator_reassigns_an_action_to_another_operator() {
        ActionRow action = fixtures.sommeNumAction("Déployer le SIG");
        long capOise = fixtures.operatorId("CAP_OISE");
        users.login(TestUsers.COORDINATOR);

        ActionRow moved = plan.update(action.id(), action.version(), action.toContent().withOwner(capOise, Set.of()));

        assertThat(moved.owner().id()).isEqualTo(capOise);
        assertThat(moved.contributors()).isEmpty();
        assertThat(moved.attribution().updatedBy()).isEqualTo(TestUsers.COORDINATOR);
    }

    @Test
    void a_contributor_reports_progress_but_cannot_change_the_rest() {
        ActionRow action = fixtures.sommeNumAction("Ouvrir la plateforme de marchés");
        users.login(TestUsers.DIRECTOR_ADICO);

        ActionRow reported = plan.reportProgress(action.id(), action.version(), ActionStatus.EN_COURS, 60, null);

        assertThat(reported.progress()).isEqualTo(60);
        assertThat(reported.status()).isEqualTo(ActionStatus.EN_COURS);
        assertThat(reported.attribution().updatedBy()).isEqualTo(TestUsers.DIRECTOR_ADICO);
        assertDenied(() -> plan.update(action.id(), reported.version(), reported.toContent().withTitle("Autre")));
        assertDenied(() -> plan.delete(action.id()));
    }
}
