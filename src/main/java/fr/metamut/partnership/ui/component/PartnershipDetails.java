package fr.metamut.partnership.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.Attribution;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.ui.Formats;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.partnership.domain.Partnership;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One partnership, read-only: parties, type, status, services, départements, period, description,
 * source and who (by display name) recorded and last changed it. Those who may change it get Edit and Remove
 * buttons.
 */
public class PartnershipDetails extends Dialog {

    public PartnershipDetails(Partnership partnership, DisplayNames displayNames, boolean editable, Runnable onEdit,
                              Consumer<PartnershipDetails> onRemove) {
        setId("partnership-details");
        setHeaderTitle(partnership.getName());
        setWidth("min(44rem, 95vw)");
        DescriptionList facts = new DescriptionList();
        facts.setId("partnership-facts");
        facts.addClassName("operator-facts");
        fact(facts, "partnership.type", getTranslation(partnership.getType().messageKey()));
        fact(facts, "partnership.status", getTranslation(partnership.getStatus().messageKey()));
        fact(facts, "partnership.parties", names(partnership.getOperators(), Operator::getName));
        fact(facts, "partnership.services", names(partnership.getServices(), ServiceLine::getName));
        fact(facts, "partnership.departements", names(partnership.getDepartements(), Departement::getLabel));
        fact(facts, "partnership.period", period(partnership));
        if (partnership.getDescription() != null) {
            fact(facts, "partnership.description", partnership.getDescription());
        }
        fact(facts, "common.source", partnership.getSource() == null
                ? getTranslation("common.userEntered") : partnership.getSource());
        Attribution attribution = partnership.getAttribution();
        if (attribution.getCreatedBy() != null) {
            fact(facts, "partnership.recorded", getTranslation("partnership.by", displayNames.of(attribution.getCreatedBy()),
                    Formats.dateTime(attribution.getCreatedAt())));
        }
        if (attribution.getUpdatedBy() != null) {
            fact(facts, "partnership.changed", getTranslation("partnership.by", displayNames.of(attribution.getUpdatedBy()),
                    Formats.dateTime(attribution.getUpdatedAt())));
        }
        add(facts);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("partnership-details-close");
        getFooter().add(close);
        if (editable) {
            Button remove = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(), click -> onRemove.accept(this));
            remove.setId("partnership-remove");
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), click -> {
                close();
                onEdit.run();
            });
            edit.setId("partnership-edit");
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            getFooter().add(remove, edit);
        }
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value.isEmpty() ? getTranslation("value.unknown") : value));
    }

    /** "du 01/01/2020 au 31/12/2022", "depuis le ...", "jusqu’au ...", or empty. */
    public static String period(Partnership partnership) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        String start = Formats.date(partnership.getStartDate());
        String end = Formats.date(partnership.getEndDate());
        if (!start.isEmpty() && !end.isEmpty()) {
            return ui.getTranslation("partnership.period.between", start, end);
        }
        if (!start.isEmpty()) {
            return ui.getTranslation("partnership.period.from", start);
        }
        return end.isEmpty() ? "" : ui.getTranslation("partnership.period.until", end);
    }

    /** Names sorted alphabetically, comma-separated. */
    public static <T extends AbstractEntity> String names(Collection<T> entities, Function<T, String> name) {
        return entities.stream().map(name).sorted(Comparator.comparing(String::toLowerCase))
                .collect(Collectors.joining(", "));
    }
}
