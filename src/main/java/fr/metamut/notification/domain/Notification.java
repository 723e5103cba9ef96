package fr.metamut.notification.domain;

import fr.metamut.base.domain.NotUserText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Something a user should know: a translation key with its arguments (rendered in the reader's
 * language), a link, whether it was read, and where its e-mail stands. The bell marks it read while the
 * mailer may be recording its e-mail: each writes only its own columns ({@code @DynamicUpdate}, and the mail
 * status by a bulk update), so neither undoes the other.
 */
@Entity
@Table(name = "notification")
@DynamicUpdate
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 60)
    private String recipient;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    /** Joined by NotificationService.SEPARATOR (U+001F), a control character users cannot type in. */
    @NotUserText
    @Column(name = "arguments", length = 1000)
    private @Nullable String arguments;

    @Column(name = "link", length = 200)
    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", length = 20)
    private @Nullable MailStatus mailStatus;

    /** When the e-mail was sent or given up. */
    @Column(name = "mailed_at")
    private @Nullable Instant mailedAt;

    protected Notification() {
    }

    public Notification(String recipient, String messageKey, @Nullable String arguments, @Nullable String link, Instant createdAt,
                        @Nullable MailStatus mailStatus) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.createdAt = createdAt;
        this.mailStatus = mailStatus;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** Arguments separated by the unit separator (U+001F). */
    public @Nullable String getArguments() {
        return arguments;
    }

    public @Nullable String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public NotificationKind getKind() {
        return NotificationKind.of(messageKey);
    }

    /** {@code null} when no e-mail was to be sent. */
    public @Nullable MailStatus getMailStatus() {
        return mailStatus;
    }

    public @Nullable Instant getMailedAt() {
        return mailedAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
