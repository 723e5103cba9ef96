package fr.metamut.base.service;

import fr.metamut.base.domain.RevisionInfo;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The one reader of Envers history: an audited entity's saved states with who saved each and when (login and
 * display name), and its state at a given time. Features turn the snapshots into their own history entries
 * (the SWOT's changes, the plan's states, an offer's field changes); authorization stays with their services,
 * which call this after checking the caller may read the entity.
 */
@Component
public class EntityHistory {

    /** One saved state: the entity as it was, whether it was created, changed or removed, when and by whom. */
    public record Revision<T>(T snapshot, RevisionType type, Instant at, @Nullable String username, @Nullable String displayName) {
    }

    private final EntityManager entityManager;
    private final PeopleDirectory people;

    public EntityHistory(EntityManager entityManager, PeopleDirectory people) {
        this.entityManager = entityManager;
        this.people = people;
    }

    /** Every revision of the entity with this id, oldest first, its removal included. */
    @Transactional(readOnly = true)
    public <T> List<Revision<T>> oldestFirst(Class<T> entity, Object id) {
        List<?> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        DisplayNames names = people.names();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            RevisionInfo info = (RevisionInfo) columns[1];
            return new Revision<>(entity.cast(columns[0]), (RevisionType) columns[2], info.getInstant(),
                    info.getUsername(), names.of(info.getUsername()));
        }).toList();
    }

    /** The entity as it was last saved at or before {@code at}; empty when it did not exist yet. */
    @Transactional(readOnly = true)
    public <T> Optional<T> asOf(Class<T> entity, Object id, Instant at) {
        List<?> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entity, true, false)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionProperty("timestamp").le(at.toEpochMilli()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return revisions.stream().findFirst().map(entity::cast);
    }
}
