package fr.metamut.actionplan.service;

import static fr.metamut.support.Denials.assertNeedsLogin;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPlanChangedEvent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import fr.metamut.swot.service.SwotItemActions;
import fr.metamut.swot.service.SwotItemActions.LinkedAction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan as the SWOT board reads it, found the way the board finds it: through the SWOT feature's interface. */
@IntegrationTest
class SwotLinkedActionsTest {

    @Autowired
    ObjectProvider<SwotItemActions> board;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    SwotItemRepository swotItems;
    @Autowired
    Clock clock;

    @AfterEach
    void cleanUp() {
        users.logout();
        fixtures.deleteAllActions();
    }

    @Test
    void each_item_gets_its_linked_actions_in_plan_order_with_status_and_late_or_done_flags() {
        List<SwotItem> items = swotItems.findAllByOrderByQuadrantAscPositionAsc();
        long first = items.get(0).getId();
        long second = items.get(1).getId();
        long sommeNum = fixtures.operatorId("SOMME_NUM");
        LocalDate today = LocalDate.now(clock);
        ActionRow later = fixtures.create(ActionContent.of("Étendre le groupement", sommeNum)
                .withSchedule(today.plusMonths(2), ActionStatus.A_FAIRE, ActionPriority.MOYENNE, 0)
                .withLinks(null, first, null, null));
        ActionRow late = fixtures.create(ActionContent.of("Relancer les communes", sommeNum)
                .withSchedule(today.minusDays(3), ActionStatus.EN_COURS, ActionPriority.HAUTE, 40)
                .withLinks(null, first, null, null));
        ActionRow done = fixtures.create(ActionContent.of("Cartographier les besoins", sommeNum)
                .withSchedule(today.minusDays(10), ActionStatus.FAIT, ActionPriority.MOYENNE, 100)
                .withLinks(null, second, null, null));
        fixtures.create(ActionContent.of("Action sans élément AFOM", sommeNum));
        users.login(TestUsers.ADMIN);

        Map<Long, List<LinkedAction>> linked = board.getObject().linkedActions();

        assertThat(linked).containsOnlyKeys(first, second);
        assertThat(linked.get(first)).containsExactly(
                new LinkedAction(late.id(), "Relancer les communes", "plan.status.EN_COURS", 40, false, true),
                new LinkedAction(later.id(), "Étendre le groupement", "plan.status.A_FAIRE", 0, false, false));
        assertThat(linked.get(second)).containsExactly(
                new LinkedAction(done.id(), "Cartographier les besoins", "plan.status.FAIT", 100, true, false));
    }

    @Test
    void adding_an_action_is_offered_to_those_who_may_create_one() {
        SwotItemActions plan = board.getObject();
        for (String creator : List.of(TestUsers.COORDINATOR, TestUsers.DIRECTOR_ADICO)) {
            users.login(creator);
            assertThat(plan.canCreate()).as(creator).isTrue();
        }
        users.login(TestUsers.ADMIN);
        assertThat(plan.canCreate()).isFalse();
    }

    @Test
    void nobody_reads_the_linked_actions_without_logging_in() {
        SwotItemActions plan = board.getObject();

        assertNeedsLogin(plan::linkedActions);
        assertNeedsLogin(plan::canCreate);
    }

    @Test
    void links_open_the_plan_on_the_item_and_the_board_follows_the_plans_topic() {
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        SwotItemActions plan = board.getObject();

        assertThat(plan.planLocation(7, false)).isEqualTo("plan-actions?afom=7");
        assertThat(plan.planLocation(7, true)).isEqualTo("plan-actions?afom=7&nouvelle=1");
        assertThat(plan.changeTopic()).isEqualTo(ActionPlanChangedEvent.TOPIC);
    }
}
