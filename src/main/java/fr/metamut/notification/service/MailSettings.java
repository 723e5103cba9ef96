package fr.metamut.notification.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail notifications' settings, {@code metamut.mail.*} (documented in {@code config/application.properties}).
 * Whether mails are sent at all is Spring Boot's: only when {@code spring.mail.host} names an SMTP server.
 *
 * @param from       the sender of every mail
 * @param retries    how many times a refused or unreachable send is tried again before it is given up (and logged)
 * @param retryDelay the wait before the first retry, tripled before each next one
 */
@ConfigurationProperties("metamut.mail")
public record MailSettings(@DefaultValue("metamut@localhost") String from,
                           @DefaultValue("3") int retries,
                           @DefaultValue("5s") Duration retryDelay) {
}
