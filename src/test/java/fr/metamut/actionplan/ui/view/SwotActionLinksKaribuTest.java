package fr.metamut.actionplan.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.LinkOption;
import fr.metamut.actionplan.service.PlanFixtures;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import fr.metamut.swot.ui.component.SwotItemCard;
import fr.metamut.swot.ui.view.SwotView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SWOT board and the action plan linked both ways: each card lists the actions that serve its item
 * and links to the plan narrowed to them; from a card, those who create actions open a new one already
 * linked to the item.
 */
class SwotActionLinksKaribuTest extends KaribuTest {

    @Autowired
    PlanFixtures fixtures;
    @Autowired
    SwotItemRepository swotItems;
    @Autowired
    Clock clock;
    @Autowired
    fr.metamut.swot.service.SwotService swot;

    private SwotItem item;
    private SwotItem otherItem;
    private long sommeNum;

    @BeforeEach
    void pickItems() {
        List<SwotItem> items = swotItems.findAllByOrderByQuadrantAscPositionAsc();
        item = items.get(0);
        otherItem = items.get(1);
        sommeNum = fixtures.operatorId("SOMME_NUM");
    }

    @AfterEach
    void deleteActions() {
        fixtures.deleteAllActions();
    }

    @Test
    void a_card_lists_the_actions_linked_to_its_item_with_their_status_and_marks_late_ones() {
        LocalDate today = LocalDate.now(clock);
        ActionRow late = linked("Relancer les communes", today.minusDays(3), ActionStatus.EN_COURS);
        ActionRow planned = linked("Étendre le groupement", today.plusMonths(2), ActionStatus.A_FAIRE);
        fixtures.create(ActionContent.of("Action sans élément AFOM", sommeNum));
        openBoard(TestUsers.DIRECTOR_CAP_OISE);

        List<ListItem> shown = linkedActions(item);
        assertThat(shown).extracting(this::title).containsExactly(late.title(), planned.title());
        ListItem lateItem = shown.getFirst();
        assertThat(_get(lateItem, Span.class, spec -> spec.withClasses("swot-action-status")).getText()).isEqualTo("En cours");
        assertThat(lateItem.getClassNames()).contains("swot-action-overdue");
        assertThat(_get(lateItem, Span.class, spec -> spec.withClasses("swot-action-progress")).getText()).isEqualTo("40 %");
        assertThat(_get(lateItem, Span.class, spec -> spec.withClasses("swot-action-overdue-badge")).getText())
                .isEqualTo("En retard");
        ListItem plannedItem = shown.getLast();
        assertThat(_get(plannedItem, Span.class, spec -> spec.withClasses("swot-action-status")).getText()).isEqualTo("À faire");
        assertThat(plannedItem.getClassNames()).doesNotContain("swot-action-overdue");
        assertThat(_get(lateItem, Anchor.class).getHref()).isEqualTo("plan-actions?afom=" + item.getId());
        assertThat(linkedActions(otherItem)).isEmpty();
    }

    @Test
    void the_link_narrows_the_plan_to_the_items_actions_until_the_filter_is_cleared() {
        ActionRow served = linked("Relancer les communes", null, ActionStatus.A_FAIRE);
        ActionRow unrelated = fixtures.create(ActionContent.of("Action sans élément AFOM", sommeNum));
        openBoard(TestUsers.ADMIN);

        follow(_get(linkedActions(item).getFirst(), Anchor.class).getHref());

        assertThat(rows()).containsExactly(served);
        _get(Div.class, spec -> spec.withId("plan-swot-filter"));
        assertThat(_get(Span.class, spec -> spec.withId("plan-swot-filter-label")).getText())
                .isEqualTo("Actions de l’élément AFOM « " + item.getTitle() + " »");

        _click(_get(Button.class, spec -> spec.withId("plan-swot-filter-clear")));

        assertThat(rows()).containsExactlyInAnyOrder(served, unrelated);
        _assertNone(Div.class, spec -> spec.withId("plan-swot-filter"));
    }

    @Test
    void adding_an_action_from_a_card_opens_the_plans_dialog_on_the_item_and_saves_it_linked() {
        openBoard(TestUsers.DIRECTOR_SOMME_NUM);

        _click(_get(card(item), Button.class, spec -> spec.withId("swot-add-action-" + item.getId())));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ActionPlanView.class);
        _get(Dialog.class, spec -> spec.withId("plan-dialog"));
        assertThat(this.<LinkOption>comboBox("plan-swot").getValue()).isEqualTo(new LinkOption(item.getId(), item.getTitle()));
        _setValue(_get(TextField.class, spec -> spec.withId("plan-title")), "Présenter l’offre aux communes");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        _assertNone(Dialog.class, spec -> spec.withId("plan-dialog"));
        ActionRow created = rows().getFirst();
        assertThat(created.title()).isEqualTo("Présenter l’offre aux communes");
        assertThat(created.links().swotItemId()).isEqualTo(item.getId());
        assertThat(created.owner().id()).isEqualTo(sommeNum);

        navigate(SwotView.class);
        assertThat(linkedActions(item)).extracting(this::title).containsExactly("Présenter l’offre aux communes");
    }

    @Test
    void a_reader_who_may_not_create_actions_sees_them_but_is_offered_no_way_to_add_one() {
        linked("Relancer les communes", null, ActionStatus.A_FAIRE);
        openBoard(TestUsers.ADMIN);

        assertThat(linkedActions(item)).extracting(this::title).containsExactly("Relancer les communes");
        _assertNone(Button.class, spec -> spec.withClasses("swot-add-action"));

        follow("plan-actions?afom=" + item.getId() + "&nouvelle=1");
        _assertNone(Dialog.class, spec -> spec.withId("plan-dialog"));
        assertThat(rows()).extracting(ActionRow::title).containsExactly("Relancer les communes");
    }

    @Test
    void an_action_linked_by_someone_else_appears_on_the_board_without_reloading() {
        openBoard(TestUsers.COORDINATOR);
        assertThat(linkedActions(item)).isEmpty();

        linked("Ajout en direct", null, ActionStatus.EN_COURS); // by another user, in another UI
        MockVaadin.runUIQueue();

        assertThat(linkedActions(item)).extracting(this::title).containsExactly("Ajout en direct");
    }

    @Test
    void the_plan_follows_a_swot_item_renamed_elsewhere_without_reloading() {
        linked("Relancer les communes", null, ActionStatus.A_FAIRE);
        login(TestUsers.COORDINATOR);
        useFrench();
        navigate(ActionPlanView.class);
        String original = item.getTitle();
        try {
            renameItem(original + " (revu)"); // by another user, in another UI
            MockVaadin.runUIQueue();

            assertThat(rows()).singleElement().satisfies(row ->
                    assertThat(row.links().swotItemTitle()).isEqualTo(original + " (revu)"));
        } finally {
            renameItem(original);
        }
    }

    private void renameItem(String title) {
        SwotItem current = swotItems.findById(item.getId()).orElseThrow();
        users.login(TestUsers.COORDINATOR);
        swot.update(current.getId(), current.getVersion(), new SwotContent(title, current.getDescription(),
                current.getEvidence()));
    }

    @Test
    void a_malformed_or_unknown_swot_item_leaves_the_plan_whole_and_opens_nothing() {
        ActionRow served = linked("Relancer les communes", null, ActionStatus.A_FAIRE);
        ActionRow unrelated = fixtures.create(ActionContent.of("Action sans élément AFOM", sommeNum));
        login(TestUsers.COORDINATOR);
        useFrench();

        for (String id : List.of("abc", "999999999", "-4")) {
            follow("plan-actions?afom=" + id + "&nouvelle=1");

            assertThat(rows()).as(id).containsExactlyInAnyOrder(served, unrelated);
            _assertNone(Div.class, spec -> spec.withId("plan-swot-filter"));
            _assertNone(Dialog.class, spec -> spec.withId("plan-dialog"));
            assertThat(notificationTexts()).contains("Élément AFOM introuvable : le plan est affiché en entier.");
        }
    }

    private ActionRow linked(String title, LocalDate dueDate, ActionStatus status) {
        return fixtures.create(ActionContent.of(title, sommeNum)
                .withSchedule(dueDate, status, ActionPriority.MOYENNE, status == ActionStatus.EN_COURS ? 40 : 0)
                .withLinks(null, item.getId(), null, null));
    }

    private void openBoard(String username) {
        login(username);
        useFrench();
        navigate(SwotView.class);
    }

    /** Follows a link as the browser would: its path and its query string. */
    private static void follow(String href) {
        Location location = new Location(href);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private static SwotItemCard card(SwotItem swotItem) {
        return _get(SwotItemCard.class, spec -> spec.withId("swot-item-" + swotItem.getId()));
    }

    private static List<ListItem> linkedActions(SwotItem swotItem) {
        return _find(card(swotItem), ListItem.class, spec -> spec.withClasses("swot-action"));
    }

    private String title(ListItem action) {
        return _get(action, Anchor.class, spec -> spec.withClasses("swot-action-title")).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return (ComboBox<T>) _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static List<ActionRow> rows() {
        return rowsOf((Grid<ActionRow>) _get(Grid.class, spec -> spec.withId("plan-grid")));
    }
}
