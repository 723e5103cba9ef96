package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.UI;
import fr.metamut.base.ui.Formats;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferField;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an offer's fields choose from (operators, services, départements, the coverage cells worth
 * addressing), and how a field's value reads for a person: names rather than ids, "150 000 €", dates in
 * the user's format. Used by the form, its held values and the conflict dialog.
 */
public class OfferChoices implements Serializable {

    private final List<Operator> operators;
    private final List<ServiceLine> services;
    private final List<Departement> departements;
    private final List<AddressedCell> cells;
    private final Map<String, String> serviceNamesByCode;

    public OfferChoices(List<Operator> operators, List<ServiceLine> services, List<Departement> departements,
                        List<AddressedCell> cells) {
        this.operators = List.copyOf(operators);
        this.services = List.copyOf(services);
        this.departements = List.copyOf(departements);
        this.cells = List.copyOf(cells);
        this.serviceNamesByCode = services.stream().collect(Collectors.toMap(ServiceLine::getCode, ServiceLine::getName));
    }

    public List<Operator> operators() {
        return operators;
    }

    public List<ServiceLine> services() {
        return services;
    }

    public List<Departement> departements() {
        return departements;
    }

    public List<AddressedCell> cells() {
        return cells;
    }

    public String operatorName(Long id) {
        return operators.stream().filter(o -> o.getId().equals(id)).map(Operator::getName).findFirst().orElse("?");
    }

    public String cellLabel(AddressedCell cell) {
        return serviceNamesByCode.getOrDefault(cell.getServiceCode(), cell.getServiceCode()) + " · "
                + cell.getDepartementCode() + " (" + translate("offer.cell." + cell.getKind().name()) + ")";
    }

    /** A field's value as a person reads it; "—" for nothing. */
    public String format(OfferField field, Object value) {
        String text = switch (value) {
            case null -> "";
            case BigDecimal amount -> Formats.euros(amount);
            case LocalDate date -> Formats.date(date);
            case Collection<?> items -> items.stream().map(item -> item(field, item)).sorted().collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
        return text.isBlank() ? "—" : text;
    }

    private String item(OfferField field, Object item) {
        return switch (item) {
            case Long id when field == OfferField.PARTNERS -> operatorName(id);
            case Long id -> services.stream().filter(x -> x.getId().equals(id)).map(ServiceLine::getName).findFirst().orElse("?");
            case String code -> departements.stream().filter(d -> d.getCode().equals(code)).map(Departement::getLabel)
                    .findFirst().orElse(code);
            case BudgetShare share -> operatorName(share.getOperatorId()) + " : " + Formats.euros(share.getAmount());
            case Milestone m -> (m.getDueDate() == null ? "" : Formats.date(m.getDueDate()) + " ") + m.getTitle();
            case AddressedCell cell -> cellLabel(cell);
            default -> String.valueOf(item);
        };
    }

    private static String translate(String key) {
        return UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(key);
    }
}
