package fr.metamut.notification.domain;

import fr.metamut.base.domain.NotUserText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something a user should know: a translation key with its arguments (rendered in the reader's
 * language), a link, and whether it was read.
 */
@Entity
@Table(name = "notification")
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
    private String arguments;

    @Column(name = "link", length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, String messageKey, String arguments, String link, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.createdAt = createdAt;
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
    public String getArguments() {
        return arguments;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
