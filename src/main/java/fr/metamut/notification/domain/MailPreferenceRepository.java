package fr.metamut.notification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailPreferenceRepository extends JpaRepository<MailPreference, Long> {

    List<MailPreference> findByUsernameIgnoreCase(String username);

    Optional<MailPreference> findByUsernameIgnoreCaseAndKind(String username, NotificationKind kind);

    /** What the user chose for the kind, else the kind's default. */
    default MailDelivery deliveryFor(String username, NotificationKind kind) {
        return findByUsernameIgnoreCaseAndKind(username, kind).map(MailPreference::getDelivery)
                .orElse(kind.defaultDelivery());
    }
}
