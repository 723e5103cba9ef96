package fr.metamut.notification.service;

import fr.metamut.base.service.SystemCalls;
import fr.metamut.notification.domain.MailRequested;
import fr.metamut.notification.domain.MailStatus;
import fr.metamut.notification.domain.Notification;
import fr.metamut.notification.domain.NotificationRepository;
import fr.metamut.security.service.AccountDirectory;
import fr.metamut.security.service.AccountDirectory.MailRecipient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the notifications whose recipients want them at once: once the action that created them has committed
 * (a rolled-back action mails nobody), on two mail threads of their own, so that a slow or failing SMTP server
 * never slows or breaks the user's save. Each notification's mail status then says whether it was sent.
 * A mail still queued when the application is killed is not sent (the bell still shows it).
 */
@Component
public class ImmediateMails implements DisposableBean {

    static final String JOB = "mail";
    private static final Logger LOG = LoggerFactory.getLogger(ImmediateMails.class);

    private final NotificationRepository notifications;
    private final AccountDirectory directory;
    private final MailComposer composer;
    private final MailTransport transport;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    public ImmediateMails(NotificationRepository notifications, AccountDirectory directory, MailComposer composer,
                          MailTransport transport, PlatformTransactionManager transactionManager, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.composer = composer;
        this.transport = transport;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("mail-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        executor.initialize();
    }

    @TransactionalEventListener
    public void onMailRequested(MailRequested request) {
        executor.execute(() -> SystemCalls.run(JOB, () -> request.notificationIds().forEach(this::send)));
    }

    private void send(Long notificationId) {
        try {
            Notification notification = transactions.execute(status -> notifications.findById(notificationId).orElse(null));
            if (notification == null || notification.getMailStatus() != MailStatus.IMMEDIATE) {
                return;
            }
            Optional<MailRecipient> recipient = directory.mailRecipient(notification.getRecipient());
            boolean sent = recipient.isPresent() && transport.send(recipient.get().email(),
                    recipient.get().displayName(), composer.single(recipient.get().displayName(), notification));
            record(List.of(notificationId), MailStatus.IMMEDIATE, sent);
        } catch (RuntimeException e) {
            LOG.error("Mail of notification {} not sent", notificationId, e);
        }
    }

    /** Records that the mails of {@code ids} were sent, or given up. */
    void record(List<Long> ids, MailStatus from, boolean sent) {
        transactions.executeWithoutResult(status -> notifications.moveMailStatus(ids, from,
                sent ? MailStatus.SENT : MailStatus.NOT_SENT, clock.instant()));
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
