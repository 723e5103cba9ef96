package fr.metamut.offer.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.MessagesKt._submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.popover.Popover;
import fr.metamut.notification.domain.Notification;
import fr.metamut.notification.service.NotificationService;
import fr.metamut.notification.ui.component.NotificationBell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.ui.OfferKaribuTest;
import fr.metamut.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The discussion of an offer and the notifications it and the workflow send: mentions reach exactly the
 * people named, submissions reach the coordinators, decisions reach the lead and the partners, and the
 * bell of an open page counts them live, lists them in French and marks them read.
 */
class OfferDiscussionKaribuTest extends OfferKaribuTest {

    private static final List<String> EVERYONE = List.of(OfferFixtures.LEAD, OfferFixtures.PARTNER,
            OfferFixtures.OUTSIDER, TestUsers.COORDINATOR);

    @Autowired
    NotificationService notifications;

    @Test
    void a_posted_comment_shows_in_the_list_with_its_author_and_its_paris_time() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());

        _submit(byId(MessageInput.class, "offer-comment-input"), "Première proposition de calendrier");

        List<MessageListItem> items = byId(MessageList.class, "offer-comment-list").getItems();
        assertThat(items).extracting(MessageListItem::getText).containsExactly("Première proposition de calendrier");
        // the time is written by the server in Europe/Paris like the history and the bell, not left to the
        // browser's zone
        assertThat(items.getFirst().getTime()).isNull();
        assertThat(items.getFirst().getUserName())
                .matches("Direction Somme Numérique · \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(items.getFirst().getUserAbbreviation()).isEqualTo("DS");
    }

    @Test
    void the_message_box_speaks_french() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());

        MessageInput input = byId(MessageInput.class, "offer-comment-input");
        assertThat(input.getI18n()).as("not the component's English defaults").isNotNull();
        assertThat(input.getI18n().getMessage()).isEqualTo("Votre message");
        assertThat(input.getI18n().getSend()).isEqualTo("Envoyer");
    }

    @Test
    void mentioning_a_user_notifies_that_user_and_the_offers_other_directors_hear_of_the_message() {
        JointOffer offer = offerIn(OfferStatus.SOUMISE);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Map<String, Long> before = unreadOfEveryone();

        _submit(byId(MessageInput.class, "offer-comment-input"), "@coordinateur pouvez-vous regarder le budget ?");

        assertThat(increases(before)).as("the mentioned, and the offer's other directors (not its author)")
                .containsOnly(Map.entry(TestUsers.COORDINATOR, 1L), Map.entry(OfferFixtures.PARTNER, 1L));
        Notification sent = as(TestUsers.COORDINATOR, () -> notifications.mine().getFirst());
        assertThat(sent.getMessageKey()).isEqualTo("notif.mentioned");
        Notification told = as(OfferFixtures.PARTNER, () -> notifications.mine().getFirst());
        assertThat(told.getMessageKey()).isEqualTo("notif.commented");
        assertThat(told.getLink()).isEqualTo("offres/" + offer.getId());
        assertThat(sent.getLink()).isEqualTo("offres/" + offer.getId());
    }

    @Test
    void mentioning_an_operator_code_notifies_its_director_and_the_offers_other_directors_hear_of_it() {
        JointOffer offer = offerIn(OfferStatus.SOUMISE);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Map<String, Long> before = unreadOfEveryone();

        _submit(byId(MessageInput.class, "offer-comment-input"), "Avis de @CAP_OISE attendu sur le périmètre");

        assertThat(increases(before)).containsOnly(Map.entry(OfferFixtures.OUTSIDER, 1L), Map.entry(OfferFixtures.PARTNER, 1L));
    }

    @Test
    void submitting_raises_the_coordinators_bell_which_lists_the_text_in_french_and_marks_it_read() {
        JointOffer offer = offerIn(OfferStatus.BROUILLON);
        loginInFrench(TestUsers.COORDINATOR);
        navigate(ReviewQueueView.class);
        long before = notifications.unreadCount();
        assertThat(bellCount()).isEqualTo(before);

        as(OfferFixtures.LEAD, () -> workflow.submit(offer.getId()));
        MockVaadin.runUIQueue();

        assertThat(bellCount()).isEqualTo(before + 1);
        List<String> listed = openBell();
        assertThat(listed).contains("Direction Somme Numérique a soumis l’offre « " + offer.getTitle() + " ».");
        MockVaadin.runUIQueue();
        assertThat(bellCount()).isZero();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void a_decision_notifies_the_lead_and_the_partners_and_the_open_bell_of_the_lead_counts_it() {
        JointOffer offer = offerIn(OfferStatus.EN_INSTRUCTION);
        loginInFrench(OfferFixtures.LEAD);
        openEditor(offer.getId());
        Map<String, Long> before = unreadOfEveryone();
        assertThat(bellCount()).isEqualTo(before.get(OfferFixtures.LEAD));

        as(TestUsers.COORDINATOR, () -> workflow.decide(offer.getId(), OfferStatus.VALIDEE, "Projet prioritaire"));
        MockVaadin.runUIQueue();

        assertThat(increases(before)).containsExactlyInAnyOrderEntriesOf(
                Map.of(OfferFixtures.LEAD, 1L, OfferFixtures.PARTNER, 1L));
        assertThat(bellCount()).isEqualTo(before.get(OfferFixtures.LEAD) + 1);
        assertThat(openBell()).contains("Coordination Région a validé l’offre « " + offer.getTitle() + " ».");
    }

    /** The number the bell shows (0 when it shows none). */
    private static long bellCount() {
        Span count = (Span) _get(NotificationBell.class).getChildren()
                .filter(c -> c.getId().orElse("").equals("notification-count")).findFirst().orElseThrow();
        return count.isVisible() ? Long.parseLong(count.getText()) : 0;
    }

    /** Opens the bell's popover as a click would, and returns the texts it lists. */
    private static List<String> openBell() {
        NotificationBell bell = _get(NotificationBell.class);
        Popover popover = (Popover) bell.getChildren().filter(Popover.class::isInstance).findFirst().orElseThrow();
        popover.setOpened(true);
        Div list = (Div) popover.getChildren().findFirst().orElseThrow();
        return list.getChildren().map(item -> item.getChildren().findFirst().orElseThrow())
                .map(first -> first instanceof Anchor a ? a.getText() : ((Span) first).getText()).toList();
    }

    private Map<String, Long> unreadOfEveryone() {
        return EVERYONE.stream().collect(Collectors.toMap(Function.identity(),
                user -> as(user, () -> notifications.unreadCount())));
    }

    private Map<String, Long> increases(Map<String, Long> before) {
        return unreadOfEveryone().entrySet().stream()
                .filter(e -> e.getValue() > before.get(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - before.get(e.getKey())));
    }
}
