package fr.metamut.notification;

import fr.metamut.notification.service.MailSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** E-mail notifications' settings, {@code metamut.mail.*} ({@link MailSettings}). */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
public class MailConfiguration {
}
