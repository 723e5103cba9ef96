package fr.metamut.offer.service;

import fr.metamut.audit.domain.AuditRevision;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferStateChange;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An offer's timeline: field changes from its Envers revisions (who, when, field, old → new) and its
 * workflow steps with their rationale, newest first.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OfferHistoryService {

    private final EntityManager entityManager;
    private final OfferService offers;
    private final CatalogService catalog;
    private final PeopleDirectory people;

    public OfferHistoryService(EntityManager entityManager, OfferService offers, CatalogService catalog,
                               PeopleDirectory people) {
        this.entityManager = entityManager;
        this.offers = offers;
        this.catalog = catalog;
        this.people = people;
    }

    @SuppressWarnings("unchecked")
    public List<HistoryEntry> history(Long offerId) {
        JointOffer offer = offers.get(offerId);
        Map<Long, String> operatorNames = catalog.operators().stream().collect(Collectors.toMap(Operator::getId, Operator::getName));
        Map<Long, String> serviceNames = catalog.services().stream().collect(Collectors.toMap(ServiceLine::getId, ServiceLine::getName));
        List<Object[]> revisions = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(JointOffer.class, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(offerId))
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().asc())
                .getResultList();
        DisplayNames names = people.names();
        List<HistoryEntry> entries = new ArrayList<>();
        OfferContent previous = null;
        for (Object[] revision : revisions) {
            JointOffer snapshot = (JointOffer) revision[0];
            AuditRevision info = (AuditRevision) revision[1];
            OfferContent content = snapshot.content();
            for (OfferField field : OfferField.values()) {
                boolean changed = previous == null ? !isEmpty(field.valueIn(content)) : !field.same(previous, content);
                if (changed) {
                    entries.add(new HistoryEntry(info.getInstant(), info.getUsername(), names.of(info.getUsername()),
                            HistoryEntry.Kind.FIELD, field.name(),
                            previous == null ? "" : format(field, field.valueIn(previous), operatorNames, serviceNames),
                            format(field, field.valueIn(content), operatorNames, serviceNames), null));
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

    static String format(OfferField field, Object value, Map<Long, String> operators, Map<Long, String> services) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString() + " €";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> switch (item) {
                case Long id -> (field == OfferField.PARTNERS ? operators : services).getOrDefault(id, String.valueOf(id));
                case BudgetShare share -> operators.getOrDefault(share.getOperatorId(), "?") + " : "
                        + share.getAmount().stripTrailingZeros().toPlainString() + " €";
                case Milestone milestone -> milestone.toString();
                default -> String.valueOf(item);
            }).sorted().collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
