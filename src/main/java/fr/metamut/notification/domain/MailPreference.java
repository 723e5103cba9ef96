package fr.metamut.notification.domain;

import fr.metamut.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A user's choice of {@link MailDelivery} for one {@link NotificationKind}; kinds without one get its default. */
@Entity
@Table(name = "mail_preference")
public class MailPreference extends AbstractEntity {

    @Column(name = "username", nullable = false, length = 60)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false, length = 20)
    private MailDelivery delivery;

    protected MailPreference() {
    }

    public MailPreference(String username, NotificationKind kind, MailDelivery delivery) {
        this.username = username;
        this.kind = kind;
        this.delivery = delivery;
    }

    public void choose(MailDelivery newDelivery) {
        this.delivery = newDelivery;
    }

    public String getUsername() {
        return username;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public MailDelivery getDelivery() {
        return delivery;
    }
}
