package fr.metamut.catalog.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.DepartementSummary;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The départements: services covered there (all, and within the report's 32 lines) and operators present. */
@Route("departements")
@Menu(order = 30, icon = "vaadin:map-marker", title = "nav.departements")
@PermitAll
public class DepartementsView extends VerticalLayout implements TitledView {

    public DepartementsView(CatalogService catalog) {
        setSizeFull();
        Grid<DepartementSummary> grid = new Grid<>();
        grid.setId("departements-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(s -> s.departement().getCode()).setHeader(getTranslation("departement.code"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.departement().getName()).setHeader(getTranslation("departement.name"))
                .setSortable(true);
        grid.addColumn(DepartementSummary::synthesisServiceCount)
                .setHeader(getTranslation("departement.synthesisServiceCount"))
                .setSortable(true).setComparator(DepartementSummary::synthesisServiceCount);
        grid.addColumn(DepartementSummary::serviceCount).setHeader(getTranslation("departement.serviceCount"))
                .setSortable(true).setComparator(DepartementSummary::serviceCount);
        grid.addColumn(DepartementSummary::offeringCount).setHeader(getTranslation("departement.offeringCount"))
                .setSortable(true).setComparator(DepartementSummary::offeringCount);
        grid.addColumn(s -> String.join(", ", s.operatorNames())).setHeader(getTranslation("departement.operators"))
                .setFlexGrow(4);
        ListDataProvider<DepartementSummary> rows = new ListDataProvider<>(catalog.departementSummaries());
        grid.setDataProvider(rows);

        TextField search = new TextField();
        search.setId("departements-search");
        search.setPlaceholder(getTranslation("action.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> {
            String text = e.getValue().strip().toLowerCase(Locale.ROOT);
            rows.setFilter(s -> text.isEmpty() || s.departement().getLabel().toLowerCase(Locale.ROOT).contains(text)
                    || s.operatorNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(text)));
        });
        Paragraph note = new Paragraph(getTranslation("departements.note"));
        note.addClassName("view-subtitle");
        add(new ViewHeader(viewTitle()), note, search, grid);
    }

    @Override
    public String viewTitle() {
        return getTranslation("departements.title");
    }
}
