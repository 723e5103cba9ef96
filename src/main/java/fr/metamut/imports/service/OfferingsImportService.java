package fr.metamut.imports.service;

import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.Role;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.Translations;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.imports.domain.ImportFile;
import fr.metamut.imports.domain.ImportRow;
import fr.metamut.imports.domain.OfferingsImportPreview;
import fr.metamut.imports.domain.OfferingsTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The offerings round trip through Excel: the template of the user's offerings, the dry run of an
 * uploaded file, and its application in one transaction. A director works on their own operator's
 * offerings, an administrator on all; a coordinator on none. Applying re-reads and re-checks the file:
 * any error row means nothing is written.
 */
@Service
@PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
public class OfferingsImportService {

    private final CatalogService catalog;
    private final OfferingService offerings;
    private final CurrentUser currentUser;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final ImportSlots slots;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final long maxBytes;

    private final Clock clock;

    public OfferingsImportService(CatalogService catalog, OfferingService offerings, CurrentUser currentUser,
                                  PlatformTransactionManager transactions, ImportSlots slots,
                                  ApplicationEventPublisher events, Translations translations,
                                  @Value("${metamut.import.max-bytes:2097152}") long maxBytes, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.offerings = offerings;
        this.currentUser = currentUser;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.slots = slots;
        this.events = events;
        this.translations = translations;
        this.maxBytes = maxBytes;
        ImportFile.secure();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The template's content, read now (before the response is written). */
    public OfferingsTemplate.Content template() {
        OfferingsImportPreview.Scope scope = scope();
        return readOnly.execute(status -> new OfferingsTemplate.Content(
                catalog.offerings().stream().filter(o -> covers(scope, o))
                        .map(o -> new OfferingsTemplate.Line(o.getOperator().getCode(), o.getServiceLine().getCode(),
                                o.getDepartement().getCode(), o.getNote()))
                        .toList(),
                catalog.operators().stream().map(o -> new OfferingsTemplate.Ref(o.getCode(), o.getName())).toList(),
                catalog.services().stream().map(s -> new OfferingsTemplate.Ref(s.getCode(), s.getName())).toList(),
                catalog.departements().stream().map(d -> new OfferingsTemplate.Ref(d.getCode(), d.getName())).toList(),
                LocalDate.now(clock)));
    }

    public void writeTemplate(OfferingsTemplate.Content content, OutputStream out) throws IOException {
        OfferingsTemplate.write(content, out);
    }

    /**
     * The dry run: nothing is written. Throws {@link fr.metamut.imports.domain.ImportRejection} for a bad file,
     * and {@code import.error.busy} when too many imports run ({@link ImportSlots}).
     */
    public OfferingsImportPreview preview(byte[] file) {
        OfferingsImportPreview.Scope scope = scope();
        return slots.run(() -> {
            var rows = ImportFile.read(file, maxBytes);
            return readOnly.execute(status -> plan(rows, scope));
        });
    }

    /** The result of {@link #apply}. */
    public record Applied(int added, int changed, int removed) {
    }

    /**
     * Applies the file in one transaction, re-reading and re-checking it; removes the offerings of the
     * user's scope absent from the file only when asked. An import applied is published as an
     * {@link AuditEvent} {@code IMPORT_APPLIED} (who, the file's name, how many rows), in the transaction.
     *
     * @param fileName the uploaded file's name, for the audit log (null when unknown)
     */
    public Applied apply(byte[] file, boolean removeAbsent, String fileName) {
        OfferingsImportPreview.Scope scope = scope();
        return slots.run(() -> {
            var rows = ImportFile.read(file, maxBytes);
            return writing.execute(status -> apply(rows, scope, removeAbsent, fileName));
        });
    }

    private Applied apply(List<ImportRow> rows, OfferingsImportPreview.Scope scope, boolean removeAbsent, String fileName) {
        OfferingsImportPreview plan = plan(rows, scope);
        if (plan.hasErrors()) {
            throw new UserFacingException("import.error.rowsInError", plan.count(OfferingsImportPreview.Status.ERROR));
        }
        Map<String, Long> operatorIds = codes(catalog.operators(), Operator::getCode, Operator::getId);
        Map<String, Long> serviceIds = codes(catalog.services(), ServiceLine::getCode, ServiceLine::getId);
        Map<String, Long> departementIds = codes(catalog.departements(), Departement::getCode, Departement::getId);
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (OfferingsImportPreview.Item item : plan.rows()) {
            switch (item.status()) {
                case NEW -> {
                    offerings.add(operatorIds.get(item.operator()), serviceIds.get(item.service()),
                            departementIds.get(item.departement()), item.note());
                    added++;
                }
                case CHANGED -> {
                    offerings.changeNote(item.existing().id(), item.existing().version(), item.note());
                    changed++;
                }
                default -> {
                }
            }
        }
        if (removeAbsent) {
            for (OfferingsImportPreview.Item item : plan.absent()) {
                offerings.remove(item.existing().id());
                removed++;
            }
        }
        events.publishEvent(new AuditEvent(ActionPlanImportService.IMPORT_APPLIED, currentUser.require().getUsername(),
                fileName, translations.getTranslation("import.audit.offerings", Locale.FRENCH, rows.size(), added,
                        changed, removed)));
        return new Applied(added, changed, removed);
    }

    private OfferingsImportPreview plan(List<ImportRow> rows, OfferingsImportPreview.Scope scope) {
        OfferingsImportPreview.Reference reference = new OfferingsImportPreview.Reference(
                codes(catalog.operators(), Operator::getCode, Operator::getId),
                codes(catalog.services(), ServiceLine::getCode, ServiceLine::getId),
                codes(catalog.departements(), Departement::getCode, Departement::getId));
        List<OfferingsImportPreview.Existing> existing = catalog.offerings().stream()
                .map(o -> new OfferingsImportPreview.Existing(o.getId(), o.getVersion(), o.getOperator().getCode(),
                        o.getServiceLine().getCode(), o.getDepartement().getCode(), o.getNote()))
                .toList();
        return OfferingsImportPreview.of(rows, reference, existing, scope);
    }

    private OfferingsImportPreview.Scope scope() {
        AppUser user = currentUser.require();
        if (user.hasRole(Role.ADMIN)) {
            return OfferingsImportPreview.Scope.everything();
        }
        if (user.hasRole(Role.DIRECTOR) && user.getOperatorId() != null) {
            String code = readOnly.execute(status -> catalog.operators().stream()
                    .filter(o -> o.getId().equals(user.getOperatorId())).map(Operator::getCode)
                    .findFirst().orElse(null));
            if (code != null) {
                return OfferingsImportPreview.Scope.operator(code);
            }
        }
        throw new AccessDeniedException("Import réservé aux directeurs et administrateurs.");
    }

    private static boolean covers(OfferingsImportPreview.Scope scope, Offering offering) {
        return scope.all() || offering.getOperator().getCode().equalsIgnoreCase(scope.operatorCode());
    }

    private static <T> Map<String, Long> codes(List<T> items, Function<T, String> code, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(code, id, (a, b) -> a));
    }
}
