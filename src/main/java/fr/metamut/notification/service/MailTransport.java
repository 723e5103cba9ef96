package fr.metamut.notification.service;

import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands mails to the SMTP server of {@code spring.mail.*}, if one is set (Spring Boot then provides the
 * {@link JavaMailSender}); without one, mail is off and nothing is sent. Each mail is multipart (plain text and
 * HTML). A send the server refuses or cannot take is tried again {@link MailSettings#retries()} times, waiting
 * longer each time (Spring's {@link RetryTemplate}); then it is given up and logged. Callers run on a mail thread
 * or a scheduled job, never in a user's request.
 */
@Component
public class MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransport.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final RetryTemplate retry;

    public MailTransport(ObjectProvider<JavaMailSender> sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(settings.retries())
                .delay(settings.retryDelay())
                .multiplier(3)
                .includes(MailException.class)
                // a malformed address or message fails the same way every time
                .excludes(MailParseException.class, MailPreparationException.class)
                .build());
    }

    /** Whether an SMTP server is set. */
    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Sends {@code mail} to {@code address}; returns whether the server took it (failures are logged). */
    public boolean send(String address, String name, ComposedMail mail) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return false;
        }
        try {
            retry.execute(() -> {
                mailSender.send(message -> {
                    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                    helper.setFrom(settings.from());
                    helper.setTo(new InternetAddress(address, name, StandardCharsets.UTF_8.name()));
                    helper.setSubject(mail.subject());
                    helper.setText(mail.text(), mail.html());
                });
                return null;
            });
            return true;
        } catch (RetryException e) {
            LOG.error("Mail to {} not sent after {} attempt(s): {}", address, e.getRetryCount() + 1,
                    e.getLastException().toString());
            return false;
        }
    }
}
