package fr.metamut.audit.service;

import fr.metamut.audit.domain.AuditLogEntry;
import fr.metamut.audit.domain.AuditLogRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log, for administrators only: newest first, filtered, one page at a time. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditLogService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditLogRepository entries;
    private final Clock clock;

    public AuditLogService(AuditLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The entries {@code offset} to {@code offset + limit} (excluded) of the filtered log, newest first. */
    public List<AuditLogEntry> find(AuditFilter filter, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Spring Data pages start at multiples of their size: read the one or two pages that cover the range
        Specification<AuditLogEntry> matching = matching(filter);
        int page = offset / limit;
        List<AuditLogEntry> rows = new ArrayList<>(entries.findAll(matching, PageRequest.of(page, limit, NEWEST_FIRST))
                .getContent());
        int skip = offset % limit;
        if (skip > 0) {
            rows.addAll(entries.findAll(matching, PageRequest.of(page + 1, limit, NEWEST_FIRST)).getContent());
        }
        return List.copyOf(rows.subList(Math.min(skip, rows.size()), Math.min(skip + limit, rows.size())));
    }

    public long count(AuditFilter filter) {
        return entries.count(matching(filter));
    }

    private Specification<AuditLogEntry> matching(AuditFilter filter) {
        List<Specification<AuditLogEntry>> parts = new ArrayList<>();
        if (filter.action() != null) {
            parts.add((root, query, cb) -> cb.equal(root.get("action"), filter.action()));
        }
        if (filter.account() != null && !filter.account().isBlank()) {
            String pattern = "%" + escape(filter.account().strip().toLowerCase(Locale.ROOT)) + "%";
            parts.add((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("actor")), pattern, '\\'),
                    cb.like(cb.lower(root.get("target")), pattern, '\\')));
        }
        if (filter.from() != null) {
            Instant start = startOf(filter.from());
            parts.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
        }
        if (filter.to() != null) {
            Instant end = startOf(filter.to().plusDays(1));
            parts.add((root, query, cb) -> cb.lessThan(root.get("occurredAt"), end));
        }
        return Specification.allOf(parts);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
