package fr.metamut.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log: what happened ({@link #getAction()}, a code such as {@code LOGIN_FAILURE}),
 * who did it, to what, when and from which address. Written once, never changed (no version).
 */
@Entity
@Table(name = "audit_log")
public class AuditLogEntry {

    public static final int ACTION_MAX_LENGTH = 40;
    public static final int ACTOR_MAX_LENGTH = 60;
    public static final int TARGET_MAX_LENGTH = 200;
    public static final int DETAIL_MAX_LENGTH = 1000;
    public static final int ADDRESS_MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "action", nullable = false, length = ACTION_MAX_LENGTH)
    private String action;

    @Column(name = "actor", length = ACTOR_MAX_LENGTH)
    private @Nullable String actor;

    @Column(name = "target", length = TARGET_MAX_LENGTH)
    private @Nullable String target;

    @Column(name = "detail", length = DETAIL_MAX_LENGTH)
    private @Nullable String detail;

    @Column(name = "remote_address", length = ADDRESS_MAX_LENGTH)
    private @Nullable String remoteAddress;

    protected AuditLogEntry() {
    }

    /** Texts longer than their column are cut: the log keeps the event rather than failing on it. */
    public AuditLogEntry(Instant occurredAt, String action, String actor, @Nullable String target, @Nullable String detail,
                         @Nullable String remoteAddress) {
        this.occurredAt = occurredAt;
        this.action = cut(action, ACTION_MAX_LENGTH);
        this.actor = cut(actor, ACTOR_MAX_LENGTH);
        this.target = cut(target, TARGET_MAX_LENGTH);
        this.detail = cut(detail, DETAIL_MAX_LENGTH);
        this.remoteAddress = cut(remoteAddress, ADDRESS_MAX_LENGTH);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getActor() {
        return actor;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable String getRemoteAddress() {
        return remoteAddress;
    }
}
