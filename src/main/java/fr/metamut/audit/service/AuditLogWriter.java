package fr.metamut.audit.service;

import fr.metamut.audit.domain.AuditLogEntry;
import fr.metamut.audit.domain.AuditLogRepository;
import fr.metamut.base.domain.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Writes every published {@link AuditEvent} to the audit log with the time and the caller's address, and
 * as one log line (logger {@code fr.metamut.audit}). It joins the publisher's transaction when there is
 * one, so an account change that is rolled back leaves no audit line either.
 */
@Component
public class AuditLogWriter {

    private static final Logger LOG = LoggerFactory.getLogger("fr.metamut.audit");

    private final AuditLogRepository entries;
    private final Clock clock;

    public AuditLogWriter(AuditLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void write(AuditEvent event) {
        String address = RemoteAddress.current();
        entries.save(new AuditLogEntry(Instant.now(clock), event.action(), event.actor(), event.target(),
                event.detail(), address));
        LOG.info("{} actor={} target={} from={}{}", event.action(), printable(event.actor()),
                printable(event.target()), printable(address),
                event.detail() == null ? "" : " detail=" + printable(event.detail()));
    }

    /** What a visitor typed may hold line breaks or escape codes: never let it forge log lines. */
    static String printable(@Nullable String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        text.codePoints().limit(200).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
