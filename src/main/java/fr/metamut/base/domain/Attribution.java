package fr.metamut.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who created a row and who changed it last, and when: the {@code created_by}, {@code created_at},
 * {@code updated_by} and {@code updated_at} columns that several entities carry (and their Envers
 * {@code *_aud} tables with them).
 *
 * <p>An immutable value: an entity records a change by replacing it with {@link #changedBy}, inside its
 * own domain methods, so a caller holding the value cannot rewrite who did what. Rows read from the
 * report have none of the four columns set; Hibernate then loads the embedded value as {@code null},
 * which is why entities hand out {@link #NONE} in its place.
 */
@Embeddable
public class Attribution {

    /** As long as a username (the columns are {@code varchar(60)}). */
    public static final int USERNAME_MAX_LENGTH = 60;

    /** No user has created or changed the row: it was read from the report. */
    public static final Attribution NONE = new Attribution(null, null, null, null);

    @Column(name = "created_by", length = USERNAME_MAX_LENGTH)
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_by", length = USERNAME_MAX_LENGTH)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Attribution() {
    }

    private Attribution(String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** A row created by the user at the instant, not changed since. */
    public static Attribution createdBy(String username, Instant at) {
        return new Attribution(Objects.requireNonNull(username, "username"), Objects.requireNonNull(at, "at"), null, null);
    }

    /** The same creation, with the user and instant of the latest change. */
    public Attribution changedBy(String username, Instant at) {
        return new Attribution(createdBy, createdAt, Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(at, "at"));
    }

    /** The value an entity holds, or {@link #NONE} where Hibernate loaded four empty columns as {@code null}. */
    public static Attribution orNone(Attribution attribution) {
        return attribution == null ? NONE : attribution;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attribution that && Objects.equals(createdBy, that.createdBy)
                && Objects.equals(createdAt, that.createdAt) && Objects.equals(updatedBy, that.updatedBy)
                && Objects.equals(updatedAt, that.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(createdBy, createdAt, updatedBy, updatedAt);
    }

    @Override
    public String toString() {
        return "Attribution[createdBy=" + createdBy + ", createdAt=" + createdAt + ", updatedBy=" + updatedBy
                + ", updatedAt=" + updatedAt + "]";
    }
}
