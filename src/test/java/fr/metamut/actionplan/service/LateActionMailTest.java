package fr.metamut.actionplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.notification.domain.NotificationRepository;
import fr.metamut.support.MailTest;
import fr.metamut.support.TestUsers;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily look for late actions: the owner's directors are told once per action (bell and mail), nobody else. */
class LateActionMailTest extends MailTest {

    @Autowired
    PlanFixtures fixtures;
    @Autowired
    LateActionNotices lateActions;
    @Autowired
    NotificationRepository notifications;
    /** The application's clock (the Région's zone): between 23:00 and 00:00 UTC the server's date is a day behind. */
    @Autowired
    Clock clock;

    @AfterEach
    void noActions() {
        fixtures.deleteAllActions();
    }

    @Test
    void a_late_action_mails_its_owners_directors_once() {
        ActionRow late = fixtures.sommeNumAction("Former les secrétaires de mairie");
        ActionRow done = fixtures.sommeNumAction("Action déjà faite");
        ActionRow onTime = fixtures.sommeNumAction("Action dans les temps");
        dueOn(late, LocalDate.now(clock).minusDays(2));
        dueOn(done, LocalDate.now(clock).minusDays(2));
        jdbc.update("update plan_action set status = ? where id = ?", ActionStatus.FAIT.name(), done.id());
        dueOn(onTime, LocalDate.now(clock));

        run();

        await().atMost(Duration.ofSeconds(20)).until(() -> !receivedBy(TestUsers.DIRECTOR_SOMME_NUM).isEmpty());
        Mail mail = receivedBy(TestUsers.DIRECTOR_SOMME_NUM).getFirst();
        assertThat(mail.subject()).isEqualTo("Métamut : L’action « Former les secrétaires de mairie » de Somme Numérique"
                + " est en retard : son échéance était le " + LocalDate.now(clock).minusDays(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
        assertThat(mail.text()).contains(PUBLIC_URL + "/plan-actions");
        assertThat(received()).as("contributors and other operators are not told; done and on-time actions are not late")
                .hasSize(1);
        assertThat(notifications.findTop30ByRecipientOrderByIdDesc(TestUsers.DIRECTOR_SOMME_NUM).getFirst().getMessageKey())
                .as("the bell too").isEqualTo("notif.actionLate");

        run();
        awaitNoMailInFlight();
        assertThat(receivedBy(TestUsers.DIRECTOR_SOMME_NUM)).as("told once").hasSize(1);
    }

    @Test
    void an_action_given_a_new_due_date_and_late_again_is_told_again() {
        ActionRow action = fixtures.sommeNumAction("Déployer le parapheur");
        dueOn(action, LocalDate.now(clock).minusDays(10));
        run();
        dueOn(action, LocalDate.now(clock).minusDays(1));
        run();

        await().atMost(Duration.ofSeconds(20)).until(() -> receivedBy(TestUsers.DIRECTOR_SOMME_NUM).size() == 2);
    }

    private void dueOn(ActionRow action, LocalDate due) {
        jdbc.update("update plan_action set due_date = ? where id = ?", due, action.id());
    }

    private void run() {
        releaseLock(LateActionNotices.LOCK);
        // nobody logged in, as for the scheduler (and this context's security strategy in place: see TestUsers)
        users.logout();
        lateActions.run();
    }

    private void awaitNoMailInFlight() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where mail_status = 'IMMEDIATE'", Long.class) == 0);
    }
}
