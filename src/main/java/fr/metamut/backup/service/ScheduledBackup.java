package fr.metamut.backup.service;

import fr.metamut.base.domain.RegionTime;
import java.nio.file.Path;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily backup, at {@code metamut.backup.cron} (03:00, Paris time, by default; "-" switches it off), on one
 * node at a time: ShedLock's row {@value #LOCK} is held while it runs and at least {@code lockAtLeastFor} after,
 * so a node whose clock is a little late does not take a second copy. The backup is written on the disk of the
 * node that ran it.
 */
@Component
public class ScheduledBackup {

    static final String LOCK = "daily-backup";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackup.class);

    private final BackupService backups;

    public ScheduledBackup(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${metamut.backup.cron:0 0 3 * * *}", zone = RegionTime.ZONE_ID)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    public void run() {
        try {
            Path file = backups.backupNow();
            LOG.info("Daily backup written: {}", file.toAbsolutePath());
        } catch (RuntimeException e) {
            LOG.error("Daily backup failed: {}", e.getMessage());
        }
    }
}
