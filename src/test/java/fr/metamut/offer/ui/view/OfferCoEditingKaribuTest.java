package fr.metamut.offer.ui.view;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._blur;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._focus;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.VaadinSession;
import fr.metamut.base.ui.component.AmountField;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.PresenceService;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.ui.OfferKaribuTest;
import fr.metamut.offer.ui.component.ConflictDialog;
import fr.metamut.offer.ui.component.FieldHold;
import fr.metamut.offer.ui.component.OfferForm;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Co-editing seen from one browser while others act: a value saved by someone else never overwrites the
 * field the user is in or typed in (it is held beside it, for every kind of field), saving over it is a
 * conflict; presence ends with the page; a page whose offer is no longer readable says so calmly.
 */
class OfferCoEditingKaribuTest extends OfferKaribuTest {

    @Autowired
    PresenceService presence;
    @Autowired
    CatalogService catalog;

    @Test
    void a_budget_saved_by_a_partner_while_i_type_mine_is_held_beside_my_field_and_saving_mine_is_a_conflict() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        AmountField budget = byId(AmountField.class, "offer-budget");
        _focus(budget);
        _setValue(budget, "90000");

        OfferContent base = offer.content();
        as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), base, base.with(OfferField.BUDGET_TOTAL, new BigDecimal("150000"))));
        MockVaadin.runUIQueue();

        assertThat(budget.getValue()).as("my typing stays in my field").isEqualTo("90000");
        assertThat(spaces(holdText(OfferField.BUDGET_TOTAL))).isEqualTo("Direction Adico a enregistré 150 000 € :");

        _click(byId(Button.class, "offer-save"));
        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(_find(dialog)).contains("150 000 €", "90 000 €");
        assertThat(reload(offer.getId()).getBudgetTotal()).as("nothing saved over theirs").isEqualByComparingTo("150000");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ConflictDialog.Choice> choice = _get(dialog, RadioButtonGroup.class,
                spec -> spec.withId("conflict-choice-BUDGET_TOTAL"));
        _setValue(choice, ConflictDialog.Choice.MINE);
        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-apply")));

        assertThat(reload(offer.getId()).getBudgetTotal()).isEqualByComparingTo("90000");
        assertThat(holdShown(OfferField.BUDGET_TOTAL)).isFalse();
    }

    @Test
    void a_value_saved_in_the_field_i_am_in_waits_until_i_leave_it_untouched() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        AmountField budget = byId(AmountField.class, "offer-budget");
        _focus(budget);

        OfferContent base = offer.content();
        as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), base, base.with(OfferField.BUDGET_TOTAL, new BigDecimal("150000"))));
        MockVaadin.runUIQueue();
        assertThat(budget.getAmount()).isEqualByComparingTo("120000");
        assertThat(holdShown(OfferField.BUDGET_TOTAL)).isTrue();

        _blur(budget);
        assertThat(budget.getAmount()).isEqualByComparingTo("150000");
        assertThat(holdShown(OfferField.BUDGET_TOTAL)).isFalse();
    }

    /** For each kind of field: (field, the id of its input, what I type there, what the partner saves there). */
    static Stream<Arguments> kindsOfField() {
        return Stream.of(
                Arguments.of(OfferField.SUMMARY, "offer-summary", "Mon résumé", "Résumé du partenaire"),
                Arguments.of(OfferField.END_DATE, "offer-end", LocalDate.of(2028, 6, 30), LocalDate.of(2027, 9, 30)),
                Arguments.of(OfferField.DEPARTEMENTS, "offer-departements", Set.of("62", "80"), Set.of("62", "59")),
                Arguments.of(OfferField.MILESTONES, "offer-milestones",
                        List.of(new Milestone("Lancement", LocalDate.of(2027, 2, 1))),
                        List.of(new Milestone("Comité de pilotage", LocalDate.of(2027, 3, 1)))),
                Arguments.of(OfferField.BUDGET_SHARES, "offer-budget-shares", Set.of(), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsOfField")
    void every_kind_of_field_keeps_what_i_typed_holds_theirs_and_lets_me_take_it(OfferField field, String id,
                                                                                  Object mine, Object theirs) {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        long adico = offer.getPartners().iterator().next().getId();
        Object myValue = field == OfferField.BUDGET_SHARES ? Set.of(new BudgetShare(adico, new BigDecimal("40000"))) : mine;
        Object theirValue = field == OfferField.BUDGET_SHARES ? Set.of(new BudgetShare(adico, new BigDecimal("70000"))) : theirs;
        loginInFrench(OfferFixtures.LEAD);
        OfferEditorView editor = openEditor(offer.getId());
        _get(editor, OfferForm.class).slot(field).show(myValue);

        OfferContent base = offer.content();
        as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), base, base.with(field, theirValue)));
        MockVaadin.runUIQueue();

        assertThat(field.same(base.with(field, _get(editor, OfferForm.class).slot(field).value()), base.with(field, myValue)))
                .as("my value is still in the field").isTrue();
        assertThat(holdShown(field)).isTrue();
        assertThat(holdText(field)).startsWith("Direction Adico a enregistré ");
        assertThat(editor.editor().hasUnsavedChanges()).isTrue();

        _click(byId(Button.class, "offer-hold-take-" + field.name()));
        assertThat(field.same(base.with(field, _get(editor, OfferForm.class).slot(field).value()), base.with(field, theirValue))).isTrue();
        assertThat(holdShown(field)).isFalse();
        assertThat(byId(Component.class, id).isVisible()).isTrue();
    }

    @Test
    void keep_mine_saves_my_value_over_theirs_knowingly_and_both_are_in_the_history() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        OfferEditorView editor = openEditor(offer.getId());
        _get(editor, OfferForm.class).slot(OfferField.SUMMARY).show("Mon résumé");
        OfferContent base = offer.content();
        as(OfferFixtures.PARTNER, () -> offers.save(offer.getId(), base, base.with(OfferField.SUMMARY, "Résumé du partenaire")));
        MockVaadin.runUIQueue();

        _click(byId(Button.class, "offer-hold-keep-SUMMARY"));
        _click(byId(Button.class, "offer-save"));

        assertThat(notificationTexts()).contains("Modifications enregistrées : Résumé.");
        assertThat(reload(offer.getId()).getSummary()).isEqualTo("Mon résumé");
    }

    @Test
    void presence_ends_when_the_page_is_left_or_its_ui_closes_and_a_silent_browser_is_swept() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        String room = OfferChangedEvent.topicOf(offer.getId());
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        assertThat(presence.room(room).peek()).hasSize(1);

        UI.getCurrent().navigate(OffersView.class);
        assertThat(presence.room(room).peek()).as("left the page").isEmpty();

        openEditor(offer.getId());
        UI ui = UI.getCurrent();
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 3_600_000);
        presence.sweep();
        assertThat(presence.room(room).peek()).as("a browser silent for an hour").isEmpty();
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());
        assertThat(presence.room(room).peek()).as("heard again: back in the room").hasSize(1);

        // what Vaadin does when the tab's unload beacon arrives: the UI closes and is removed at the request's end
        ui.close();
        VaadinSession.getCurrent().removeUI(ui);
        assertThat(presence.room(room).peek()).as("tab closed").isEmpty();
    }

    @Test
    void the_avatar_of_someone_whose_tab_closed_leaves_the_others_page() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        String room = OfferChangedEvent.topicOf(offer.getId());
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        presence.enter(room, "adico-tab", new fr.metamut.collaboration.service.Presence(OfferFixtures.PARTNER,
                "Direction Adico", null), () -> 0L);
        MockVaadin.runUIQueue();
        assertThat(avatars()).contains("Direction Adico");

        presence.sweep();
        MockVaadin.runUIQueue();
        assertThat(avatars()).doesNotContain("Direction Adico").contains("Direction Somme Numérique");
    }

    @Test
    void a_coordinators_page_says_calmly_that_the_offer_went_back_to_draft_stops_following_it_and_logs_no_error() {
        JointOffer offer = offerIn(OfferStatus.MODIFICATIONS_DEMANDEES);
        loginInFrench(TestUsers.COORDINATOR);
        openEditor(offer.getId());
        String shownTitle = byId(com.vaadin.flow.component.textfield.TextField.class, "offer-title").getValue();

        List<ILoggingEvent> errors = errorsLoggedWhile(() -> {
            as(OfferFixtures.LEAD, () -> workflow.backToDraft(offer.getId()));
            MockVaadin.runUIQueue();
            Div gone = byId(Div.class, "offer-gone");
            assertThat(gone.isVisible()).isTrue();
            assertThat(gone.getText()).startsWith("Cette offre n’est plus accessible");
            assertThat(byId(Span.class, "offer-status").getText()).as("what was last seen stays")
                    .isEqualTo("Modifications demandées");

            OfferContent base = reload(offer.getId()).content();
            as(OfferFixtures.LEAD, () -> offers.save(offer.getId(), base, base.with(OfferField.TITLE, "Titre revu")));
            MockVaadin.runUIQueue();
        });

        assertThat(byId(com.vaadin.flow.component.textfield.TextField.class, "offer-title").getValue())
                .as("the page no longer follows the draft").isEqualTo(shownTitle).isNotEqualTo("Titre revu");
        assertThat(byId(Div.class, "offer-gone").isVisible()).isTrue();
        assertThat(byId(Paragraph.class, "offer-parties").isVisible()).isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void a_partner_removed_from_the_draft_it_has_open_is_told_calmly_and_logs_no_error() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.PARTNER);
        openEditor(offer.getId());

        OfferContent base = offer.content();
        List<ILoggingEvent> errors = errorsLoggedWhile(() -> {
            as(OfferFixtures.LEAD, () -> offers.save(offer.getId(), base,
                    base.with(OfferField.PARTNERS, Set.of()).with(OfferField.BUDGET_SHARES, Set.of())));
            MockVaadin.runUIQueue();
        });

        assertThat(byId(Div.class, "offer-gone").getText()).startsWith("Cette offre n’est plus accessible");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("offer-save")))
                .as("no Save left on a page it may no longer edit").isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void a_withdrawn_offer_says_so_on_the_open_page() {
        JointOffer offer = offerIn(OfferStatus.SOUMISE);
        loginInFrench(TestUsers.COORDINATOR);
        openEditor(offer.getId());
        as(OfferFixtures.LEAD, () -> workflow.withdraw(offer.getId(), "Abandon"));
        MockVaadin.runUIQueue();
        assertThat(byId(Div.class, "offer-gone").getText()).isEqualTo("Cette offre a été retirée par son chef de file.");
        assertThat(byId(Span.class, "offer-status").getText()).isEqualTo("Retirée");
    }

    /**
     * The ERROR (or worse) events logged in this thread while {@code work} ran (others' saves reach this UI
     * in the saving thread, here the test's; background jobs of the shared context are not this test's).
     */
    private static List<ILoggingEvent> errorsLoggedWhile(Runnable work) {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            work.run();
        } finally {
            root.detachAppender(log);
        }
        String thread = Thread.currentThread().getName();
        return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) && thread.equals(e.getThreadName())).toList();
    }

    private static boolean holdShown(OfferField field) {
        return !com.github.mvysny.kaributesting.v10.LocatorJ._find(FieldHold.class, spec -> spec.withId("offer-hold-" + field.name())).isEmpty();
    }

    private static String holdText(OfferField field) {
        return byId(Span.class, "offer-hold-text-" + field.name()).getText();
    }

    private static List<String> _find(Component root) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(root, Paragraph.class).stream()
                .map(p -> spaces(p.getText())).toList();
    }

    private static List<String> avatars() {
        return byId(AvatarGroup.class, "offer-presence").getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList();
    }

    /** French number formats use narrow no-break spaces: compare them as plain spaces. */
    static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
