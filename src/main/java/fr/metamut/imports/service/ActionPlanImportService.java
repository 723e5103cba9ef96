package fr.metamut.imports.service;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionRules;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.ActionPermissions;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.service.Translations;
import fr.metamut.imports.domain.ActionPlanImportPreview;
import fr.metamut.imports.domain.ImportError;
import fr.metamut.imports.domain.ImportFile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The action plan's round trip through Excel: the workbook's "Plan d'actions" sheet, changed on its
 * editable columns (Échéance, Statut, Priorité, Valeur, Avancement), previewed then applied in one
 * transaction through {@link ActionPlanService}, so its permissions and rules apply: any error row, or
 * any refusal while applying, and nothing is written. New actions are created in the application. The
 * export stamps the workbook with the time its data was read ({@link ActionPlanImportPreview#EXPORTED_AT}), so a
 * file older than a change made in the application cannot silently undo it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ActionPlanImportService {

    /** The audit log's action for an import applied (both imports). */
    public static final String IMPORT_APPLIED = "IMPORT_APPLIED";

    private final ActionPlanService actions;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final Translations translations;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final ImportSlots slots;
    private final ApplicationEventPublisher events;
    private final long maxBytes;

    public ActionPlanImportService(ActionPlanService actions, CurrentUser currentUser, PeopleDirectory people,
                                   Translations translations, Clock clock, PlatformTransactionManager transactions,
                                   ImportSlots slots, ApplicationEventPublisher events,
                                   @Value("${metamut.import.max-bytes:2097152}") long maxBytes) {
        this.actions = actions;
        this.currentUser = currentUser;
        this.people = people;
        this.translations = translations;
        this.clock = clock;
        this.slots = slots;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes;
        ImportFile.secure();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The dry run: nothing is written. Throws {@link fr.metamut.imports.domain.ImportRejection} for a bad file,
     * and {@code import.error.busy} when too many imports run ({@link ImportSlots}).
     */
    public ActionPlanImportPreview preview(byte[] file) {
        return slots.run(() -> {
            ImportFile.Table<ActionPlanImportPreview.Line> table = read(file);
            return readOnly.execute(status -> plan(table)).plan();
        });
    }

    /** The result of {@link #apply}: how many actions changed. */
    public record Applied(int changed) {
    }

    /**
     * Applies the file, re-reading and re-checking it. The check reads the whole plan in a read-only
     * transaction; the changed actions are then written in one transaction of their own, each update
     * requiring the version the check saw: an action changed in between refuses the whole import (stale
     * data) and nothing is written. Checking inside the writing transaction would leave every action of
     * the plan managed there, and each update's flush would inspect them all (minutes for 1,000 changed
     * rows of a 10,000-action plan, see BENCHMARKS.md). An import applied is published as an {@link AuditEvent}
     * {@code IMPORT_APPLIED} (who, the file's name, how many rows), in the writing transaction.
     *
     * @param fileName the uploaded file's name, for the audit log (null when unknown)
     */
    public Applied apply(byte[] file, String fileName) {
        return slots.run(() -> applyFile(file, fileName));
    }

    private Applied applyFile(byte[] file, String fileName) {
        ImportFile.Table<ActionPlanImportPreview.Line> table = read(file);
        Checked checked = readOnly.execute(status -> plan(table));
        ActionPlanImportPreview plan = checked.plan();
        if (plan.hasErrors()) {
            throw new UserFacingException("import.error.rowsInError", plan.count(ActionPlanImportPreview.Status.ERROR));
        }
        return writing.execute(status -> {
            int changed = 0;
            for (ActionPlanImportPreview.Item item : plan.rows()) {
                if (item.status() != ActionPlanImportPreview.Status.CHANGED) {
                    continue;
                }
                ActionPlanImportPreview.Values v = item.values();
                if (item.existing().right() == ActionPlanImportPreview.Right.MANAGE) {
                    actions.update(item.id(), item.existing().version(), content(checked.rows().get(item.id()), v));
                } else {
                    actions.reportProgress(item.id(), item.existing().version(), ActionStatus.valueOf(v.status()),
                            v.progress(), v.current());
                }
                changed++;
            }
            events.publishEvent(new AuditEvent(IMPORT_APPLIED, currentUser.require().getUsername(), fileName,
                    translations.getTranslation("import.audit.actions", Locale.FRENCH, plan.rows().size(), changed)));
            return new Applied(changed);
        });
    }

    /** The dry run and the actions it was checked against, by id. */
    private record Checked(ActionPlanImportPreview plan, Map<Long, ActionRow> rows) {
    }

    private ImportFile.Table<ActionPlanImportPreview.Line> read(byte[] file) {
        return ImportFile.table(file, maxBytes, ActionPlanImportPreview.SHEET, ActionPlanImportPreview.HEADERS,
                ActionPlanImportPreview.MAX_CHARS, true, ActionPlanImportPreview::line);
    }

    /** When the file's data was read by our export, if it says so: the base against which later changes show. */
    private static @Nullable Instant exportedAt(ImportFile.Table<?> table) {
        String stamp = table.properties().get(ActionPlanImportPreview.EXPORTED_AT);
        try {
            return stamp == null ? null : Instant.parse(stamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Checked plan(ImportFile.Table<ActionPlanImportPreview.Line> table) {
        AppUser me = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        Map<Long, ActionRow> rows = new HashMap<>();
        DisplayNames names = people.names();
        Instant exportedAt = exportedAt(table);
        Set<Long> inFile = table.rows().stream().map(line -> line.id().number()).filter(Objects::nonNull)
                .map(Double::longValue).collect(Collectors.toSet());
        Map<Long, ActionPlanImportPreview.Existing> existing = new HashMap<>();
        for (ActionRow row : actions.actions()) {
            rows.put(row.id(), row);
            Instant lastAt = row.attribution().lastAt();
            // the state as exported, read from the history only for the few actions changed since
            ActionPlanImportPreview.State atExport = exportedAt != null && lastAt != null && lastAt.isAfter(exportedAt)
                    && inFile.contains(row.id()) ? actions.asOf(row.id(), exportedAt)
                    .map(then -> new ActionPlanImportPreview.State(values(then), fixed(then))).orElse(null) : null;
            existing.put(row.id(), new ActionPlanImportPreview.Existing(row.id(), row.version(), row.title(), values(row),
                    right(me, row), fixed(row), new ActionPlanImportPreview.LastChange(lastAt,
                    names.of(row.attribution().lastBy())), atExport));
        }
        ActionPlanImportPreview plan = ActionPlanImportPreview.of(table.rows(), existing, new ActionPlanImportPreview.Rules(
                labels(ActionStatus.values()), labels(ActionPriority.values()), ActionRules.FIRST_DUE_DATE,
                ActionRules.lastDueDate(today), exportedAt));
        // the service's own rules on what a changed action would become (indicator unnamed, too many decimals...)
        List<ActionPlanImportPreview.Item> checked = new ArrayList<>();
        for (ActionPlanImportPreview.Item item : plan.rows()) {
            ImportError error = item.status() == ActionPlanImportPreview.Status.CHANGED
                    ? ruleError(rows.get(item.id()), item.values(), today) : null;
            checked.add(error == null ? item : new ActionPlanImportPreview.Item(item.line(), item.id(), item.title(),
                    ActionPlanImportPreview.Status.ERROR, List.of(), error, null, null));
        }
        return new Checked(new ActionPlanImportPreview(List.copyOf(checked)), rows);
    }

    private static @Nullable ImportError ruleError(@Nullable ActionRow row, ActionPlanImportPreview.Values values, LocalDate today) {
        try {
            ActionRules.validate(content(row, values), today);
            return null;
        } catch (UserFacingException e) {
            return ImportError.of(null, e.getMessageKey(), e.getArguments());
        }
    }

    private static ActionContent content(ActionRow row, ActionPlanImportPreview.Values v) {
        ActionContent content = row.toContent().withSchedule(v.due(), ActionStatus.valueOf(v.status()),
                ActionPriority.valueOf(v.priority()), v.progress());
        return content.withIndicator(content.indicatorName(), content.indicatorTarget(), v.current());
    }

    private static ActionPlanImportPreview.Values values(ActionRow row) {
        return new ActionPlanImportPreview.Values(row.dueDate(), row.status().name(), row.priority().name(),
                row.indicator().current(), row.progress());
    }

    /** The columns not imported, as the export writes them. */
    private static ActionPlanImportPreview.Fixed fixed(ActionRow row) {
        BigDecimal target = row.indicator().target();
        return new ActionPlanImportPreview.Fixed(row.title(), row.owner().name(), row.contributorNames(),
                row.indicator().name(), new ImportFile.Value(target == null ? null : target.toPlainString(),
                target == null ? null : target.doubleValue(), false));
    }

    private static ActionPlanImportPreview.Right right(AppUser me, ActionRow row) {
        if (ActionPermissions.canManage(me, row.owner().id())) {
            return ActionPlanImportPreview.Right.MANAGE;
        }
        return ActionPermissions.canReportProgress(me, row.owner().id(), row.contributorIds())
                ? ActionPlanImportPreview.Right.REPORT : ActionPlanImportPreview.Right.NONE;
    }

    /** Each value by its French and English labels and its name. */
    private Map<String, String> labels(Enum<?>[] values) {
        Map<String, String> labels = new HashMap<>();
        for (Enum<?> value : values) {
            String key = value instanceof ActionStatus s ? s.messageKey() : ((ActionPriority) value).messageKey();
            labels.put(value.name(), value.name());
            labels.put(translations.getTranslation(key, Locale.ENGLISH), value.name());
            labels.put(translations.getTranslation(key, Locale.FRENCH), value.name());
        }
        return labels;
    }
}
