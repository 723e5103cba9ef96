package fr.metamut.partnership.domain;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.Attribution;
import fr.metamut.base.domain.Sources;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * An agreement between two or more operators (shared platform, group purchasing, shared DPO...). Its
 * content changes only through {@link #apply}, which keeps the rules of {@link PartnershipRules} and
 * records who made the change; Envers keeps every version with its author.
 */
@Entity
@Table(name = "partnership")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Partnership extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    public static final int SOURCE_MAX_LENGTH = Sources.SOURCE_MAX_LENGTH;

    @Column(name = "code", length = 40)
    private @Nullable String code;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private PartnershipType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PartnershipStatus status;

    @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "source", length = SOURCE_MAX_LENGTH)
    private @Nullable String source;

    @Embedded
    private Attribution attribution;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "partnership_operator", joinColumns = @JoinColumn(name = "partnership_id"),
            inverseJoinColumns = @JoinColumn(name = "operator_id"))
    private Set<Operator> operators = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "partnership_service", joinColumns = @JoinColumn(name = "partnership_id"),
            inverseJoinColumns = @JoinColumn(name = "service_line_id"))
    private Set<ServiceLine> services = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "partnership_departement", joinColumns = @JoinColumn(name = "partnership_id"),
            inverseJoinColumns = @JoinColumn(name = "departement_id"))
    private Set<Departement> departements = new LinkedHashSet<>();

    protected Partnership() {
    }

    /** A partnership read from the report (the seeder fills its operators, services and départements). */
    public Partnership(@Nullable String code, String name, PartnershipType type, PartnershipStatus status,
                       @Nullable String description, @Nullable String source) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.status = status;
        this.description = description;
        this.source = source;
    }

    /** A partnership recorded by a user. */
    public static Partnership recordedBy(String username, Instant at) {
        Partnership partnership = new Partnership();
        partnership.attribution = Attribution.createdBy(username, at);
        return partnership;
    }

    /**
     * Replaces the content with values already checked by {@link PartnershipRules} (entities resolved
     * by the caller) and records who changed it.
     */
    public void apply(PartnershipContent content, Collection<Operator> parties, Collection<ServiceLine> newServices,
                      Collection<Departement> newDepartements, String username, Instant at) {
        if (!PartnershipRules.check(content).isEmpty() || parties.size() < PartnershipRules.MIN_PARTIES) {
            throw new IllegalArgumentException("Partnership content breaks its rules: " + PartnershipRules.check(content));
        }
        name = content.name().strip();
        type = content.type();
        status = content.status();
        description = blankToNull(content.description());
        startDate = content.startDate();
        endDate = content.endDate();
        source = blankToNull(content.source());
        replace(operators, parties);
        replace(services, newServices);
        replace(departements, newDepartements);
        attribution = getAttribution().changedBy(username, at);
    }

    /** The content as plain values, to prefill a form. */
    public PartnershipContent content() {
        return new PartnershipContent(name, type, status, description, startDate, endDate, source,
                ids(operators.stream().map(AbstractEntity::getId)), ids(services.stream().map(AbstractEntity::getId)),
                ids(departements.stream().map(AbstractEntity::getId)));
    }

    /** Whether the operator is one of the parties. */
    public boolean involves(@Nullable Long operatorId) {
        return operatorId != null && operators.stream().anyMatch(o -> operatorId.equals(o.getId()));
    }

    /** Name, description, parties, services and départements, for text search. */
    public String searchableText() {
        return Stream.of(Stream.of(name, description == null ? "" : description),
                        operators.stream().map(Operator::getName), services.stream().map(ServiceLine::getName),
                        departements.stream().map(Departement::getLabel))
                .flatMap(s -> s).collect(Collectors.joining(" "));
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static List<Long> ids(Stream<Long> ids) {
        return ids.sorted().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public @Nullable String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public PartnershipType getType() {
        return type;
    }

    public PartnershipStatus getStatus() {
        return status;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public @Nullable String getSource() {
        return source;
    }

    /** Who created the row and who changed it last ({@link Attribution#NONE} for a row read from the report). */
    public Attribution getAttribution() {
        return Attribution.orNone(attribution);
    }

    /** The parties. The seeder fills this set; users change it through {@link #apply}. */
    public Set<Operator> getOperators() {
        return operators;
    }

    /** The parties sorted by name, for display. */
    public List<Operator> getOperatorsByName() {
        return operators.stream().sorted(Comparator.comparing(Operator::getName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Set<ServiceLine> getServices() {
        return services;
    }

    public Set<Departement> getDepartements() {
        return departements;
    }
}
