package fr.metamut.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.notification.domain.NotificationRepository;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** Without an SMTP server set (spring.mail.host), mail is off: nothing is sent, nothing fails, the bell works. */
@IntegrationTest
class MailOffTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OfferFixtures fixtures;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    MailPreferenceService preferences;
    @Autowired
    DailyDigest digest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers users;

    @AfterEach
    void noAddresses() {
        users.logout();
        jdbc.update("update user_account set email = null");
    }

    @Test
    void with_no_smtp_server_set_nothing_is_mailed_and_every_action_goes_through() {
        jdbc.update("update user_account set email = username || '@metamut.test'");

        JointOffer decided = fixtures.offerIn(OfferStatus.VALIDEE);
        jdbc.update("update shedlock set lock_until = locked_at where name = ?", DailyDigest.LOCK);
        users.logout();
        digest.run();

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        var bell = notifications.findTop30ByRecipientOrderByIdDesc(OfferFixtures.PARTNER);
        assertThat(bell.getFirst().getArguments()).as("the bell still has it").contains(decided.getTitle());
        assertThat(bell.getFirst().getMailStatus()).as("no mail to send, none waiting").isNull();
        users.login(OfferFixtures.PARTNER);
        assertThat(preferences.mailEnabled()).isFalse();
    }
}
