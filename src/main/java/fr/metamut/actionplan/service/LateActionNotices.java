package fr.metamut.actionplan.service;

import fr.metamut.actionplan.domain.LateActionNotice;
import fr.metamut.actionplan.domain.LateActionNoticeRepository;
import fr.metamut.actionplan.domain.PlanAction;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.base.domain.RegionTime;
import fr.metamut.base.service.SystemCalls;
import fr.metamut.notification.service.NotificationService;
import fr.metamut.security.service.AccountDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every day at {@code metamut.plan.late-cron} (06:30, Paris time, by default, before the mail digest; "-" switches
 * it off), on one node at a time (ShedLock row {@value #LOCK}), tells the directors of each late action's owner that
 * it is late (bell, and mail as each chose): once per action and due date ({@link LateActionNotice}), so an action
 * moved to a new due date and late again is told again. The first run tells of every action late then.
 */
@Component
public class LateActionNotices {

    static final String LOCK = "late-actions";
    static final String JOB = "actions-en-retard";
    static final String MESSAGE_KEY = "notif.actionLate";
    static final String LINK = "plan-actions";
    private static final Logger LOG = LoggerFactory.getLogger(LateActionNotices.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanActionRepository actions;
    private final LateActionNoticeRepository notices;
    private final AccountDirectory directory;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public LateActionNotices(PlanActionRepository actions, LateActionNoticeRepository notices, AccountDirectory directory,
                             NotificationService notifications, PlatformTransactionManager transactionManager, Clock clock) {
        this.actions = actions;
        this.notices = notices;
        this.directory = directory;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${metamut.plan.late-cron:0 30 6 * * *}", zone = RegionTime.ZONE_ID)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    public void run() {
        try {
            int told = SystemCalls.call(JOB, () -> transactions.execute(status -> tellLateActions()));
            if (told > 0) {
                LOG.info("Late actions: {} newly late action(s) told to their directors", told);
            }
        } catch (RuntimeException e) {
            LOG.error("Late actions not told", e);
        }
    }

    private int tellLateActions() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int told = 0;
        for (PlanAction action : actions.findLate(today)) {
            LateActionNotice notice = notices.findById(action.getId()).orElse(null);
            if (notice != null && notice.covers(action.getDueDate())) {
                continue;
            }
            List<String> directors = directory.directorsOf(List.of(action.getOwner().getId()));
            notifications.notify(directors, MESSAGE_KEY,
                    List.of(action.getTitle(), action.getOwner().getName(), DATE.format(action.getDueDate())), LINK);
            if (notice == null) {
                notices.save(new LateActionNotice(action.getId(), action.getDueDate(), now));
            } else {
                notice.renew(action.getDueDate(), now);
            }
            told++;
        }
        return told;
    }
}
