package fr.metamut.partnership.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.ui.Formats;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.partnership.domain.Partnership;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The list of partnerships, with who changed each last (by display name); a click on a row opens it. */
public class PartnershipGrid extends Grid<Partnership> {

    private DisplayNames names;

    public PartnershipGrid(Consumer<Partnership> onOpen) {
        setId("partnerships-grid");
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(Partnership::getName).setHeader(getTranslation("partnership.name")).setFlexGrow(3).setSortable(true);
        addColumn(p -> getTranslation(p.getType().messageKey())).setHeader(getTranslation("partnership.type"))
                .setFlexGrow(2).setSortable(true);
        addColumn(p -> PartnershipDetails.names(p.getOperators(), Operator::getName))
                .setHeader(getTranslation("partnership.parties")).setFlexGrow(3);
        addColumn(p -> PartnershipDetails.names(p.getServices(), ServiceLine::getName))
                .setHeader(getTranslation("partnership.services")).setFlexGrow(2);
        addColumn(p -> PartnershipDetails.names(p.getDepartements(), Departement::getCode))
                .setHeader(getTranslation("partnership.departements")).setAutoWidth(true).setFlexGrow(0);
        addColumn(PartnershipDetails::period).setHeader(getTranslation("partnership.period")).setFlexGrow(1);
        addComponentColumn(this::statusBadge).setHeader(getTranslation("partnership.status"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(p -> p.getAttribution().getUpdatedBy() == null ? p.getSource()
                        : getTranslation("partnership.by", names.of(p.getAttribution().getUpdatedBy()),
                                Formats.dateTime(p.getAttribution().getUpdatedAt())))
                .setKey("origin").setHeader(getTranslation("common.origin")).setFlexGrow(2);
        addItemClickListener(click -> onOpen.accept(click.getItem()));
    }

    /** Shows the partnerships, naming who changed them by {@code names} (read once with the rows). */
    public void show(List<Partnership> partnerships, DisplayNames names) {
        this.names = names;
        setItems(partnerships);
    }

    private Span statusBadge(Partnership partnership) {
        Span badge = new Span(getTranslation(partnership.getStatus().messageKey()));
        badge.getElement().getThemeList().add("badge pill");
        badge.addClassName("partnership-status-" + partnership.getStatus().name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
