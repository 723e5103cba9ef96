package fr.metamut.offer.service;

import fr.metamut.base.domain.Amounts;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.EntityHistory;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStateChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * An offer's timeline: field changes from its Envers revisions (who, when, field, old → new) and its
 * workflow steps with their rationale, newest first.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OfferHistoryService {

    private final EntityHistory history;
    private final OfferService offers;
    private final CatalogService catalog;
    private final PeopleDirectory people;

    public OfferHistoryService(EntityHistory history, OfferService offers, CatalogService catalog,
                               PeopleDirectory people) {
        this.history = history;
        this.offers = offers;
        this.catalog = catalog;
        this.people = people;
    }

    public List<HistoryEntry> history(Long offerId) {
        JointOffer offer = offers.get(offerId);
        Names labels = new Names(
                catalog.operators().stream().collect(Collectors.toMap(Operator::getId, Operator::getName)),
                catalog.services().stream().collect(Collectors.toMap(ServiceLine::getId, ServiceLine::getName)),
                catalog.services().stream().collect(Collectors.toMap(ServiceLine::getCode, ServiceLine::getName)),
                catalog.departements().stream().collect(Collectors.toMap(Departement::getCode, Departement::getName)));
        DisplayNames names = people.names();
        List<HistoryEntry> entries = new ArrayList<>();
        OfferContent previous = null;
        for (EntityHistory.Revision<JointOffer> info : history.oldestFirst(JointOffer.class, offerId)) {
            OfferContent content = info.snapshot().content();
            for (OfferField field : OfferField.values()) {
                boolean changed = previous == null ? !isEmpty(field.valueIn(content)) : !field.same(previous, content);
                if (changed) {
                    entries.add(new HistoryEntry(info.at(), info.username(), info.displayName(),
                            HistoryEntry.Kind.FIELD, field.name(),
                            previous == null ? "" : format(field, field.valueIn(previous), labels),
                            format(field, field.valueIn(content), labels), null));
                }
            }
            previous = content;
        }
        for (OfferStateChange change : offer.getStateChanges()) {
            entries.add(new HistoryEntry(change.getAt(), change.getActor(), names.of(change.getActor()),
                    HistoryEntry.Kind.STATE, null, change.getFrom() == null ? "" : change.getFrom().name(),
                    change.getTo().name(), change.getRationale()));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return entries;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank()) || (value instanceof Collection<?> c && c.isEmpty());
    }

    /** Names the history shows instead of ids and codes. */
    record Names(Map<Long, String> operators, Map<Long, String> services, Map<String, String> servicesByCode,
                 Map<String, String> departements) {

        static final Names NONE = new Names(Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static String format(OfferField field, Object value, Map<Long, String> operators, Map<Long, String> services) {
        return format(field, value, new Names(operators, services, Map.of(), Map.of()));
    }

    /**
     * A field's value as people read it, in the application's one French format: "120 000 €", "31/12/2027",
     * operators, services and départements by name ("62 Pas-de-Calais").
     */
    static String format(OfferField field, @Nullable Object value, Names names) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return euros(amount);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> switch (item) {
                case Long id -> (field == OfferField.PARTNERS ? names.operators() : names.services())
                        .getOrDefault(id, String.valueOf(id));
                case BudgetShare share -> names.operators().getOrDefault(share.getOperatorId(), "?") + " : "
                        + euros(share.getAmount());
                case Milestone milestone -> (milestone.getDueDate() == null ? "" : DATE.format(milestone.getDueDate()) + " ")
                        + milestone.getTitle();
                case AddressedCell cell -> names.servicesByCode().getOrDefault(cell.getServiceCode(), cell.getServiceCode())
                        + " · " + departement(cell.getDepartementCode(), names)
                        + (cell.getKind() == AddressedCell.Kind.GAP ? " (absence)" : " (doublon)");
                case String code when field == OfferField.DEPARTEMENTS -> departement(code, names);
                default -> String.valueOf(item);
            }).sorted().collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private static String departement(String code, Names names) {
        String name = names.departements().get(code);
        return name == null ? code : code + " " + name;
    }

    private static String euros(BigDecimal amount) {
        return Amounts.format(amount, Locale.FRENCH) + " €";
    }
}
