package fr.metamut.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.metamut.notification.domain.MailDelivery;
import fr.metamut.notification.domain.MailStatus;
import fr.metamut.notification.domain.NotificationKind;
import fr.metamut.notification.domain.NotificationRepository;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferCommentService;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.offer.service.OfferWorkflowService;
import fr.metamut.support.MailTest;
import fr.metamut.support.TestUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail notifications against a real SMTP server (GreenMail): the mention, submission and decision mails reach
 * their recipients with absolute links, in French, text and HTML; a digest groups the waiting notifications in
 * one mail; "never" sends nothing; a rolled-back action mails nobody.
 */
class MailNotificationTest extends MailTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    OfferFixtures fixtures;
    @Autowired
    OfferWorkflowService offers;
    @Autowired
    OfferCommentService comments;
    @Autowired
    MailPreferenceService preferences;
    @Autowired
    DailyDigest digest;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationRepository notificationRows;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_mention_mails_the_person_mentioned_with_a_link_to_the_offer() {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        users.login(OfferFixtures.LEAD);
        comments.post(offer.getId(), "Pouvez-vous relire le budget, @" + TestUsers.DIRECTOR_ADICO + " ?");

        await().atMost(PATIENCE).until(() -> !receivedBy(TestUsers.DIRECTOR_ADICO).isEmpty());
        Mail mail = receivedBy(TestUsers.DIRECTOR_ADICO).getFirst();
        String link = PUBLIC_URL + "/offres/" + offer.getId();
        assertThat(mail.to()).containsExactly(TestUsers.DIRECTOR_ADICO + "@metamut.test");
        assertThat(mail.subject()).isEqualTo("Métamut : Direction Somme Numérique vous a mentionné dans la discussion de « "
                + offer.getTitle() + " ».");
        assertThat(mail.text()).startsWith("Bonjour Direction Adico,").contains("Ouvrir dans Métamut : " + link)
                .contains(PUBLIC_URL + "/mon-compte");
        assertThat(mail.html()).contains("<a href=\"" + link + "\">Ouvrir dans Métamut</a>");
        assertThat(received()).as("nobody else was mentioned").hasSize(1);
    }

    @Test
    void a_submission_mails_the_coordinators_and_a_decision_the_offers_directors() {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        users.login(OfferFixtures.LEAD);
        offers.submit(offer.getId());

        await().atMost(PATIENCE).until(() -> !receivedBy(TestUsers.COORDINATOR).isEmpty());
        assertThat(receivedBy(TestUsers.COORDINATOR).getFirst().subject()).contains("a soumis l’offre");
        assertThat(receivedBy(TestUsers.COORDINATOR).getFirst().text()).contains(PUBLIC_URL + "/offres/" + offer.getId());
        assertThat(received()).as("only coordinators hear of a submission").allMatch(m -> m.to().equals(
                List.of(TestUsers.COORDINATOR + "@metamut.test")));

        users.login(TestUsers.COORDINATOR);
        offers.takeForReview(offer.getId());
        offers.decide(offer.getId(), OfferStatus.VALIDEE, "Complète et finançable");

        await().atMost(PATIENCE).until(() -> receivedBy(OfferFixtures.LEAD).size() == 1
                && receivedBy(OfferFixtures.PARTNER).size() == 1);
        for (String director : List.of(OfferFixtures.LEAD, OfferFixtures.PARTNER)) {
            Mail decision = receivedBy(director).getFirst();
            assertThat(decision.subject()).isEqualTo("Métamut : Coordination Région a validé l’offre « " + offer.getTitle() + " ».");
            assertThat(decision.html()).contains("href=\"" + PUBLIC_URL + "/offres/" + offer.getId() + "\"");
        }
        assertThat(receivedBy(OfferFixtures.OUTSIDER)).isEmpty();
    }

    @Test
    void changes_requested_reach_the_directors_at_once() {
        JointOffer offer = fixtures.offerIn(OfferStatus.MODIFICATIONS_DEMANDEES);

        await().atMost(PATIENCE).until(() -> receivedBy(OfferFixtures.PARTNER).stream()
                .anyMatch(m -> m.subject().contains("demande des modifications")));
        assertThat(receivedBy(OfferFixtures.PARTNER)).as("taken for review waits for the digest").hasSize(1);
        assertThat(receivedBy(OfferFixtures.PARTNER).getFirst().subject())
                .isEqualTo("Métamut : Coordination Région demande des modifications sur l’offre « " + offer.getTitle() + " ».");
    }

    @Test
    void a_daily_digest_groups_the_waiting_notifications_in_one_mail() {
        users.login(TestUsers.DIRECTOR_ADICO);
        preferences.choose(NotificationKind.MENTION, MailDelivery.DIGEST);
        JointOffer first = fixtures.offerIn(OfferStatus.BROUILLON);
        JointOffer second = fixtures.offerIn(OfferStatus.BROUILLON);
        users.login(OfferFixtures.LEAD);
        comments.post(first.getId(), "@" + TestUsers.DIRECTOR_ADICO + " à relire");
        comments.post(second.getId(), "@" + TestUsers.DIRECTOR_ADICO + " celle-ci aussi");
        users.logout();
        assertThat(received()).as("nothing is mailed at once").isEmpty();

        runDigest();

        List<Mail> mails = receivedBy(TestUsers.DIRECTOR_ADICO);
        assertThat(mails).hasSize(1);
        Mail mail = mails.getFirst();
        assertThat(mail.subject()).startsWith("Métamut : votre résumé du ").endsWith("(2 notifications)");
        assertThat(mail.text()).contains("Voici les 2 notifications reçues depuis votre dernier résumé :")
                .contains(PUBLIC_URL + "/offres/" + first.getId()).contains(PUBLIC_URL + "/offres/" + second.getId());
        assertThat(mail.text().indexOf(first.getTitle())).as("oldest first").isLessThan(mail.text().indexOf(second.getTitle()));
        assertThat(mail.html()).contains("href=\"" + PUBLIC_URL + "/offres/" + second.getId() + "\"");

        runDigest();
        assertThat(receivedBy(TestUsers.DIRECTOR_ADICO)).as("a notification is in one digest only").hasSize(1);
    }

    @Test
    void never_sends_nothing_at_once_nor_in_the_digest() {
        users.login(TestUsers.DIRECTOR_ADICO);
        preferences.choose(NotificationKind.MENTION, MailDelivery.NEVER);
        // the partner also hears of the other message in the discussion (an offer step)
        preferences.choose(NotificationKind.OFFER_STEP, MailDelivery.NEVER);
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        users.login(OfferFixtures.LEAD);
        comments.post(offer.getId(), "@" + TestUsers.DIRECTOR_ADICO + " pour information");
        // a mention of someone else in the same breath is mailed: when it arrives, adico's would have too
        comments.post(offer.getId(), "@" + TestUsers.DIRECTOR_CAP_OISE + " pour information");
        await().atMost(PATIENCE).until(() -> !receivedBy(TestUsers.DIRECTOR_CAP_OISE).isEmpty());

        runDigest();

        assertThat(receivedBy(TestUsers.DIRECTOR_ADICO)).isEmpty();
        assertThat(notificationRows.findTop30ByRecipientOrderByIdDesc(TestUsers.DIRECTOR_ADICO).getFirst().getMailStatus())
                .as("the bell has it, the mail does not").isNull();
    }

    @Test
    void a_rolled_back_action_mails_nobody() {
        users.login(OfferFixtures.LEAD);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.notify(List.of(TestUsers.DIRECTOR_ADICO), "notif.mentioned", List.of("Quelqu’un", "Rien"), "offres/1");
            status.setRollbackOnly();
        });
        notifications.notify(List.of(TestUsers.DIRECTOR_CAP_OISE), "notif.mentioned", List.of("Quelqu’un", "Ceci"), "offres/1");

        await().atMost(PATIENCE).until(() -> !receivedBy(TestUsers.DIRECTOR_CAP_OISE).isEmpty());
        assertThat(receivedBy(TestUsers.DIRECTOR_ADICO)).isEmpty();
    }

    @Test
    void what_users_typed_is_escaped_in_the_html_part() {
        users.login(OfferFixtures.LEAD);
        notifications.notify(List.of(TestUsers.DIRECTOR_ADICO), "notif.mentioned",
                List.of("<b>Moi</b>", "Offre <script>alert(1)</script> & co"), "offres/1");

        await().atMost(PATIENCE).until(() -> !receivedBy(TestUsers.DIRECTOR_ADICO).isEmpty());
        Mail mail = receivedBy(TestUsers.DIRECTOR_ADICO).getFirst();
        assertThat(mail.html()).contains("&lt;b&gt;Moi&lt;/b&gt;").contains("Offre &lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
                .doesNotContain("<script>").doesNotContain("<b>");
        assertThat(mail.text()).contains("<b>Moi</b> vous a mentionné dans la discussion de « Offre <script>alert(1)</script> & co ».");
    }

    @Test
    void a_recipient_without_an_address_gets_no_mail_and_the_notification_says_so() {
        jdbc.update("update user_account set email = null where username = ?", TestUsers.DIRECTOR_ADICO);
        users.login(OfferFixtures.LEAD);
        notifications.notify(List.of(TestUsers.DIRECTOR_ADICO), "notif.mentioned", List.of("Moi", "Offre"), "offres/1");

        await().atMost(PATIENCE).until(() -> notificationRows.findTop30ByRecipientOrderByIdDesc(TestUsers.DIRECTOR_ADICO)
                .getFirst().getMailStatus() == MailStatus.NOT_SENT);
        assertThat(received()).isEmpty();
    }

    private void runDigest() {
        releaseLock(DailyDigest.LOCK);
        // nobody logged in, as for the scheduler (and this context's security strategy in place: see TestUsers)
        users.logout();
        digest.run();
    }
}
