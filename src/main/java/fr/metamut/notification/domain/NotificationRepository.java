package fr.metamut.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop30ByRecipientOrderByIdDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    /** Notifications waiting for a digest, created before {@code until}, oldest first. */
    List<Notification> findByMailStatusAndCreatedAtBeforeOrderByIdAsc(MailStatus mailStatus, Instant until);

    /**
     * Records where the e-mail of some notifications stands, only if it still stands at {@code from}: so that
     * two nodes' digests, or a digest and a late immediate send, never mail the same notification twice.
     * Returns how many changed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.mailStatus = :to, n.mailedAt = :at where n.id in :ids and n.mailStatus = :from")
    int moveMailStatus(@Param("ids") Collection<Long> ids, @Param("from") MailStatus from, @Param("to") MailStatus to,
                       @Param("at") Instant at);
}
