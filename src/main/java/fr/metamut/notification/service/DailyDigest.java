package fr.metamut.notification.service;

import fr.metamut.base.domain.RegionTime;
import fr.metamut.base.service.SystemCalls;
import fr.metamut.notification.domain.MailStatus;
import fr.metamut.notification.domain.Notification;
import fr.metamut.notification.domain.NotificationRepository;
import fr.metamut.security.service.AccountDirectory;
import fr.metamut.security.service.AccountDirectory.MailRecipient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest, at {@code metamut.mail.digest-cron} (07:00, Paris time, by default; "-" switches it off), on
 * one node at a time (ShedLock row {@value #LOCK}): one mail per user for every notification waiting for a digest
 * since the last one, oldest first. A user without an address or an active account gets none, and those
 * notifications are not kept for later.
 */
@Component
public class DailyDigest {

    static final String LOCK = "mail-digest";
    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final NotificationRepository notifications;
    private final AccountDirectory directory;
    private final MailComposer composer;
    private final MailTransport transport;
    private final ImmediateMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DailyDigest(NotificationRepository notifications, AccountDirectory directory, MailComposer composer,
                       MailTransport transport, ImmediateMails mails, PlatformTransactionManager transactionManager,
                       Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.composer = composer;
        this.transport = transport;
        this.mails = mails;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${metamut.mail.digest-cron:0 0 7 * * *}", zone = RegionTime.ZONE_ID)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    public void run() {
        if (!transport.enabled()) {
            return;
        }
        SystemCalls.run(ImmediateMails.JOB, this::sendAll);
    }

    private void sendAll() {
        Instant now = clock.instant();
        List<Notification> waiting = transactions.execute(status ->
                notifications.findByMailStatusAndCreatedAtBeforeOrderByIdAsc(MailStatus.DIGEST, now.plusMillis(1)));
        Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
        waiting.forEach(n -> byRecipient.computeIfAbsent(n.getRecipient().toLowerCase(Locale.ROOT),
                key -> new java.util.ArrayList<>()).add(n));
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        int sent = 0;
        for (Map.Entry<String, List<Notification>> entry : byRecipient.entrySet()) {
            try {
                Optional<MailRecipient> recipient = directory.mailRecipient(entry.getKey());
                boolean ok = recipient.isPresent() && transport.send(recipient.get().email(), recipient.get().displayName(),
                        composer.digest(recipient.get().displayName(), entry.getValue(), day));
                mails.record(entry.getValue().stream().map(Notification::getId).toList(), MailStatus.DIGEST, ok);
                sent += ok ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.error("Daily digest of {} not sent", entry.getKey(), e);
            }
        }
        if (!byRecipient.isEmpty()) {
            LOG.info("Daily digest: {} mail(s) sent for {} recipient(s)", sent, byRecipient.size());
        }
    }
}
