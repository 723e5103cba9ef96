package fr.metamut.audit.domain;

import fr.metamut.base.domain.RevisionInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/** One Envers revision: every audited change in a transaction, with who made it and when. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListenerBridge.class)
public class AuditRevision implements RevisionInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_time", nullable = false)
    private long timestamp;

    @Column(name = "username", length = 60)
    private @Nullable String username;

    public Long getId() {
        return id;
    }

    @Override
    public Instant getInstant() {
        return Instant.ofEpochMilli(timestamp);
    }

    @Override
    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }
}
