package fr.metamut.actionplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what on the plan, as a table enforced by the service whatever the UI shows: the action is
 * owned by Somme Numérique with Adico contributing; Cap’Oise is another operator.
 */
@IntegrationTest
class ActionPlanAuthorizationTest {

    enum Who {
        OWNER_DIRECTOR(TestUsers.DIRECTOR_SOMME_NUM), CONTRIBUTOR_DIRECTOR(TestUsers.DIRECTOR_ADICO),
        OTHER_DIRECTOR(TestUsers.DIRECTOR_CAP_OISE), COORDINATOR(TestUsers.COORDINATOR), ADMIN(TestUsers.ADMIN),
        ANONYMOUS(null);

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    enum Operation { READ, CREATE, UPDATE, REPORT_PROGRESS, DELETE }

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

    static boolean expected(Who who, Operation operation) {
        return switch (operation) {
            case READ -> who != Who.ANONYMOUS;
            case CREATE, UPDATE, DELETE -> who == Who.OWNER_DIRECTOR || who == Who.COORDINATOR;
            case REPORT_PROGRESS -> who == Who.OWNER_DIRECTOR || who == Who.CONTRIBUTOR_DIRECTOR || who == Who.COORDINATOR;
        };
    }

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Operation operation : Operation.values()) {
                rows.add(Arguments.of(who, operation, expected(who, operation)));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} → allowed={2}")
    @MethodSource("table")
    void the_service_allows_exactly_what_the_table_says(Who who, Operation operation, boolean allowed) {
        ActionRow action = fixtures.sommeNumAction("Former les agents au RGPD");
        long sommeNum = fixtures.operatorId("SOMME_NUM");
        long count = actions.count();
        login(who);
        Runnable call = switch (operation) {
            case READ -> () -> assertThat(plan.actions()).extracting(ActionRow::id).contains(action.id());
            case CREATE -> () -> plan.create(ActionContent.of("Nouvelle action", sommeNum));
            case UPDATE -> () -> plan.update(action.id(), action.version(),
                    action.toContent().withTitle("Intitulé modifié"));
            case REPORT_PROGRESS -> () -> plan.reportProgress(action.id(), action.version(), ActionStatus.EN_COURS, 40, null);
            case DELETE -> () -> plan.delete(action.id());
        };

        if (allowed) {
            call.run();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
            users.logout();
            assertThat(actions.count()).isEqualTo(count);
            ActionRow after = fixtures.reload(action.id());
            assertThat(after.title()).isEqualTo(action.title());
            assertThat(after.status()).isEqualTo(ActionStatus.A_FAIRE);
            assertThat(after.progress()).isZero();
            assertThat(after.version()).isEqualTo(action.version());
        }
    }

    @Test
    void a_director_creates_actions_of_their_own_operator_only() {
        long adico = fixtures.operatorId("ADICO");
        long capOise = fixtures.operatorId("CAP_OISE");
        users.login(TestUsers.DIRECTOR_ADICO);

        ActionRow own = plan.create(ActionContent.of("Mutualiser le DPO", adico));
        assertThat(own.owner().id()).isEqualTo(adico);
        assertThat(own.attribution().createdBy()).isEqualTo(TestUsers.DIRECTOR_ADICO);
        assertThatThrownBy(() -> plan.create(ActionContent.of("Pour un autre", capOise)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_director_cannot_hand_their_action_to_another_operator() {
        ActionRow action = fixtures.sommeNumAction("Déployer le SIG");
        long capOise = fixtures.operatorId("CAP_OISE");
        users.login(TestUsers.DIRECTOR_SOMME_NUM);

        assertThatThrownBy(() -> plan.update(action.id(), action.version(), action.toContent().withOwner(capOise, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
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
        assertThatThrownBy(() -> plan.update(action.id(), reported.version(), reported.toContent().withTitle("Autre")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plan.delete(action.id())).isInstanceOf(AccessDeniedException.class);
    }

    private void login(Who who) {
        if (who.username == null) {
            users.loginAnonymous();
        } else {
            users.login(who.username);
        }
    }
}
