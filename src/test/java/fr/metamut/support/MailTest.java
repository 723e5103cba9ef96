package fr.metamut.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of e-mail notifications: a real SMTP server in the test JVM (GreenMail, on a free port, one for
 * the whole run so that the Spring context that points to it can be shared), the application's mail pointed at it,
 * and the demo accounts given addresses {@code <login>@metamut.test} for the test only. Mails are read back as
 * {@link Mail}s.
 */
@IntegrationTest
public abstract class MailTest {

    public static final String PUBLIC_URL = "https://metamut.example.fr";
    private static final GreenMail SERVER = start();

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected TestUsers users;

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void mailAtTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
        registry.add("metamut.public-url", () -> PUBLIC_URL + "/");
        registry.add("metamut.mail.from", () -> "Métamut <metamut@metamut.test>");
        registry.add("metamut.mail.retry-delay", () -> "10ms");
    }

    /** One received mail: who it went to, its subject, its plain-text and HTML parts. */
    public record Mail(List<String> to, String subject, String text, String html) {
    }

    @BeforeEach
    void addressesAndAnEmptyMailbox() throws Exception {
        // an earlier test's mails still on their way arrive before this test's mailbox is emptied
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where mail_status = 'IMMEDIATE'", Long.class) == 0);
        // and its notifications waiting for a digest are not this test's
        jdbc.update("update notification set mail_status = null where mail_status = 'DIGEST'");
        jdbc.update("update user_account set email = username || '@metamut.test'");
        SERVER.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void noAddressesNorPreferences() {
        users.logout();
        jdbc.update("update user_account set email = null");
        jdbc.update("delete from mail_preference");
    }

    /**
     * Lets a scheduled job's next call run: its ShedLock row expired. (Deleting the row would not do: ShedLock
     * remembers it created the row and only updates it afterwards, so the call would be skipped.)
     */
    protected void releaseLock(String name) {
        jdbc.update("update shedlock set lock_until = locked_at where name = ?", name);
    }

    /** Every mail the server received since the test began. */
    protected static List<Mail> received() {
        return Arrays.stream(SERVER.getReceivedMessages()).map(MailTest::read).toList();
    }

    protected static List<Mail> receivedBy(String username) {
        return received().stream().filter(m -> m.to().contains(username + "@metamut.test")).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getAllRecipients()).map(MailTest::address).collect(Collectors.toList());
            String text = null;
            String html = null;
            Multipart alternatives = alternatives((Multipart) message.getContent());
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart part = alternatives.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
            return new Mail(to, message.getSubject(), text, html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(GreenMailUtil.getWholeMessage(message), e);
        }
    }

    /** The multipart/alternative holding the text and HTML bodies (Spring nests it in a multipart/mixed). */
    private static Multipart alternatives(Multipart multipart) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("multipart/*")) {
                return alternatives((Multipart) part.getContent());
            }
        }
        return multipart;
    }

    private static String address(Address address) {
        return ((jakarta.mail.internet.InternetAddress) address).getAddress();
    }
}
