package fr.metamut.notification.service;

import fr.metamut.base.service.Translations;
import fr.metamut.notification.domain.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.jspecify.annotations.Nullable;

/**
 * Writes the mails, in French: users have no stored language and French is the application's, so every mail is
 * French whatever language their browser asked the pages in (the texts are in the bundles, English included, as
 * every text). A mail says what the bell says, with an absolute link to the page ({@code metamut.public-url}) and
 * one to the preferences. Everything that comes from users (names, titles) is escaped in the HTML part; in the
 * subject, line breaks become spaces.
 */
@Component
public class MailComposer {

    /** The page where users choose what they receive. */
    public static final String PREFERENCES_PATH = "mon-compte";
    static final Locale LANGUAGE = Locale.FRENCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Translations translations;
    private final String publicUrl;
    private final DateTimeFormatter dateTime;

    public MailComposer(Translations translations, @Value("${metamut.public-url:http://localhost:8080}") String publicUrl,
                        Clock clock) {
        this.translations = translations;
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(clock.getZone());
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    /** The mail of one notification. */
    public ComposedMail single(String recipientName, Notification notification) {
        String message = message(notification);
        String link = absolute(notification.getLink());
        String text = t("mail.greeting", recipientName) + "\n\n" + message + "\n\n"
                + (link == null ? "" : t("mail.open", link) + "\n\n") + footerText();
        String html = "<p>" + escape(t("mail.greeting", recipientName)) + "</p>\n<p>" + escape(message) + "</p>\n"
                + (link == null ? "" : "<p><a href=\"" + escape(link) + "\">" + escape(t("mail.openLink")) + "</a></p>\n")
                + footerHtml();
        return new ComposedMail(subject(t("mail.subject", message)), text, page(html));
    }

    /** One mail for a day's notifications of one recipient, oldest first. */
    public ComposedMail digest(String recipientName, List<Notification> notifications, LocalDate day) {
        StringBuilder text = new StringBuilder(t("mail.greeting", recipientName)).append("\n\n")
                .append(t("mail.digest.intro", notifications.size())).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(escape(t("mail.greeting", recipientName))).append("</p>\n<p>")
                .append(escape(t("mail.digest.intro", notifications.size()))).append("</p>\n<ul>\n");
        for (Notification notification : notifications) {
            String when = dateTime.format(notification.getCreatedAt());
            String message = message(notification);
            String link = absolute(notification.getLink());
            text.append("- ").append(when).append(" · ").append(message).append('\n');
            html.append("<li>").append(escape(when)).append(" · ");
            if (link == null) {
                html.append(escape(message));
            } else {
                text.append("  ").append(link).append('\n');
                html.append("<a href=\"").append(escape(link)).append("\">").append(escape(message)).append("</a>");
            }
            html.append("</li>\n");
        }
        text.append('\n').append(footerText());
        html.append("</ul>\n").append(footerHtml());
        String subject = t("mail.digest.subject", DATE.format(day), notifications.size());
        return new ComposedMail(subject(subject), text.toString(), page(html.toString()));
    }

    /** The bell's sentence of a notification, in French. */
    public String message(Notification notification) {
        Object[] arguments = notification.getArguments() == null ? new Object[0]
                : notification.getArguments().split(NotificationService.SEPARATOR, -1);
        return t(notification.getMessageKey(), arguments);
    }

    /** {@code offres/12} as the address users open, from the public base URL. */
    @Nullable String absolute(@Nullable String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        return publicUrl + "/" + link.replaceAll("^/+", "");
    }

    private String footerText() {
        return "-- \n" + t("mail.footer") + "\n" + absolute(PREFERENCES_PATH) + "\n";
    }

    private String footerHtml() {
        return "<hr>\n<p style=\"color:#555;font-size:smaller\">" + escape(t("mail.footer")) + " <a href=\""
                + escape(absolute(PREFERENCES_PATH)) + "\">" + escape(t("mail.footer.link")) + "</a></p>\n";
    }

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"UTF-8\"></head><body>\n" + body + "</body></html>\n";
    }

    private static String subject(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String t(String key, Object... arguments) {
        return translations.getTranslation(key, LANGUAGE, arguments);
    }
}
