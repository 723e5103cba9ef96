package fr.metamut.notification.service;

import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.service.TopicCache;
import fr.metamut.notification.domain.MailDelivery;
import fr.metamut.notification.domain.MailPreferenceRepository;
import fr.metamut.notification.domain.MailRequested;
import fr.metamut.notification.domain.MailStatus;
import fr.metamut.notification.domain.Notification;
import fr.metamut.notification.domain.NotificationKind;
import fr.metamut.notification.domain.NotificationRepository;
import fr.metamut.notification.domain.NotificationsChangedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Sends notifications (inside the sender's transaction, so a rolled-back action notifies nobody) and
 * lets each user read and mark only their own. When mail is on, each notification is also to be mailed as its
 * recipient chose for its kind: at once (after the commit, on a mail thread: {@link ImmediateMails}), in the next
 * daily digest ({@link DailyDigest}), or never.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** Separates the arguments stored with a notification. */
    public static final String SEPARATOR = "\u001f";
    /** Users whose unread count is kept, beyond which the counts are dropped (and counted again when asked). */
    private static final int MAX_COUNTS = 10_000;

    private final NotificationRepository notifications;
    private final MailPreferenceRepository preferences;
    private final MailTransport mail;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TopicCache<String, Long> unreadCounts;

    public NotificationService(NotificationRepository notifications, MailPreferenceRepository preferences,
                               MailTransport mail, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                               ChangeFeed feed) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.mail = mail;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.unreadCounts = new TopicCache<>(feed, NotificationsChangedEvent::topicOf, MAX_COUNTS);
    }

    /** Notifies each recipient once; the author of the action is not notified of it. */
    public void notify(Collection<String> recipients, String messageKey, List<String> arguments, String link) {
        String author = currentUser.get().map(AppUser::getUsername).orElse(null);
        NotificationKind kind = NotificationKind.of(messageKey);
        List<Long> mailNow = new ArrayList<>();
        for (String recipient : new LinkedHashSet<>(recipients)) {
            if (recipient.equalsIgnoreCase(author == null ? "" : author)) {
                continue;
            }
            MailStatus mailStatus = mailStatusFor(recipient, kind);
            Notification saved = notifications.save(new Notification(recipient, messageKey,
                    String.join(SEPARATOR, arguments), link, Instant.now(clock), mailStatus));
            if (mailStatus == MailStatus.IMMEDIATE) {
                mailNow.add(saved.getId());
            }
            events.publishEvent(new NotificationsChangedEvent(recipient));
        }
        if (!mailNow.isEmpty()) {
            events.publishEvent(new MailRequested(mailNow));
        }
    }

    private @Nullable MailStatus mailStatusFor(String recipient, NotificationKind kind) {
        if (!mail.enabled()) {
            return null;
        }
        MailDelivery delivery = preferences.deliveryFor(recipient, kind);
        return switch (delivery) {
            case IMMEDIATE -> MailStatus.IMMEDIATE;
            case DIGEST -> MailStatus.DIGEST;
            case NEVER -> null;
        };
    }

    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return notifications.findTop30ByRecipientOrderByIdDesc(currentUser.require().getUsername());
    }

    /**
     * How many of the caller's notifications are unread: counted once per change of them and kept until the next
     * (every page load draws the bell), so read outside a transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long unreadCount() {
        return unreadCounts.get(currentUser.require().getUsername(), notifications::countByRecipientAndReadAtIsNull);
    }

    public void markAllRead() {
        String me = currentUser.require().getUsername();
        Instant now = Instant.now(clock);
        notifications.findByRecipientAndReadAtIsNull(me).forEach(n -> n.markRead(now));
        events.publishEvent(new NotificationsChangedEvent(me));
    }
}
