package fr.metamut.partnership.ui.component;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipContent;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The partnership form's bean: what the fields edit, turned into {@link PartnershipContent} on save. */
public class PartnershipForm {

    private String name;
    private PartnershipType type;
    private PartnershipStatus status = PartnershipStatus.ACTIVE;
    private String description;
    private LocalDate startDate;
    private LocalDate endDate;
    private String source;
    private Set<Operator> operators = new LinkedHashSet<>();
    private Set<ServiceLine> services = new LinkedHashSet<>();
    private Set<Departement> departements = new LinkedHashSet<>();

    /** A blank form; a director's own operator is already among the parties. */
    public static PartnershipForm blank(Operator ownOperator) {
        PartnershipForm form = new PartnershipForm();
        if (ownOperator != null) {
            form.operators.add(ownOperator);
        }
        return form;
    }

    public static PartnershipForm of(Partnership partnership) {
        PartnershipForm form = new PartnershipForm();
        form.name = partnership.getName();
        form.type = partnership.getType();
        form.status = partnership.getStatus();
        form.description = partnership.getDescription();
        form.startDate = partnership.getStartDate();
        form.endDate = partnership.getEndDate();
        form.source = partnership.getSource();
        form.operators = new LinkedHashSet<>(partnership.getOperatorsByName());
        form.services = new LinkedHashSet<>(partnership.getServices());
        form.departements = new LinkedHashSet<>(partnership.getDepartements());
        return form;
    }

    public PartnershipContent toContent() {
        return new PartnershipContent(name, type, status, description, startDate, endDate, source, ids(operators),
                ids(services), ids(departements));
    }

    private static List<Long> ids(Collection<? extends AbstractEntity> entities) {
        return entities.stream().map(AbstractEntity::getId).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnershipType getType() {
        return type;
    }

    public void setType(PartnershipType type) {
        this.type = type;
    }

    public PartnershipStatus getStatus() {
        return status;
    }

    public void setStatus(PartnershipStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Set<Operator> getOperators() {
        return operators;
    }

    public void setOperators(Set<Operator> operators) {
        this.operators = new LinkedHashSet<>(operators);
    }

    public Set<ServiceLine> getServices() {
        return services;
    }

    public void setServices(Set<ServiceLine> services) {
        this.services = new LinkedHashSet<>(services);
    }

    public Set<Departement> getDepartements() {
        return departements;
    }

    public void setDepartements(Set<Departement> departements) {
        this.departements = new LinkedHashSet<>(departements);
    }
}
