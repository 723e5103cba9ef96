package fr.metamut.catalog.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.metamut.base.domain.Role;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.AddOrReadOnly;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorKind;
import fr.metamut.catalog.service.CatalogAdminService;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OperatorSummary;
import fr.metamut.catalog.ui.component.OperatorDialog;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The operators (OPSN): how much each offers; a click opens its detail. Administrators add and edit. */
@Route("operateurs")
@Menu(order = 10, icon = "vaadin:building", title = "nav.operators")
@PermitAll
public class OperatorsView extends VerticalLayout implements TitledView {

    private final CatalogService catalog;
    private final CatalogAdminService admin;
    private final CurrentUser currentUser;
    private final Grid<OperatorSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<OperatorKind> kindFilter = new ComboBox<>();
    private ListDataProvider<OperatorSummary> rows;

    public OperatorsView(CatalogService catalog, CatalogAdminService admin, CurrentUser currentUser) {
        this.catalog = catalog;
        this.admin = admin;
        this.currentUser = currentUser;
        setSizeFull();
        add(new ViewHeader(viewTitle()), createToolbar(), configureGrid());
        refresh();
    }

    private HorizontalLayout createToolbar() {
        search.setId("operators-search");
        search.setPlaceholder(getTranslation("action.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> applyFilter());
        kindFilter.setId("operators-kind-filter");
        kindFilter.setPlaceholder(getTranslation("operator.kind"));
        kindFilter.setItems(OperatorKind.values());
        kindFilter.setItemLabelGenerator(kind -> getTranslation("operator.kind." + kind.name()));
        kindFilter.setClearButtonVisible(true);
        kindFilter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout toolbar = new HorizontalLayout(search, kindFilter);
        if (isAdmin()) {
            toolbar.add(AddOrReadOnly.addButton("operators-add", getTranslation("operators.add"),
                    () -> openDialog(new Operator())));
        }
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return toolbar;
    }

    private Grid<OperatorSummary> configureGrid() {
        grid.setId("operators-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(OperatorSummary::name).setHeader(getTranslation("operator.name"))
                .setSortable(true).setComparator(s -> s.name().toLowerCase(Locale.ROOT)).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("operator.kind." + s.operator().getKind().name()))
                .setHeader(getTranslation("operator.kind")).setSortable(true).setFlexGrow(2);
        grid.addColumn(s -> s.operator().getHomeDepartement() == null ? "—" : s.operator().getHomeDepartement().getLabel())
                .setHeader(getTranslation("operator.home")).setSortable(true);
        grid.addColumn(OperatorSummary::serviceCount).setHeader(getTranslation("operator.serviceCount"))
                .setSortable(true).setComparator(OperatorSummary::serviceCount);
        grid.addColumn(OperatorSummary::departementCount).setHeader(getTranslation("operator.departementCount"))
                .setSortable(true).setComparator(OperatorSummary::departementCount);
        grid.addColumn(OperatorSummary::offeringCount).setHeader(getTranslation("operator.offeringCount"))
                .setSortable(true).setComparator(OperatorSummary::offeringCount);
        if (isAdmin()) {
            grid.addComponentColumn(s -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), click -> openDialog(s.operator()));
                edit.addThemeVariants(ButtonVariant.TERTIARY);
                edit.setAriaLabel(getTranslation("action.edit"));
                return edit;
            }).setHeader(getTranslation("action.edit")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(OperatorDetailView.class,
                        new RouteParameters("code", click.getItem().operator().getCode()))));
        return grid;
    }

    private void openDialog(Operator operator) {
        new OperatorDialog(catalog.departements(), admin::save, this::refresh).edit(operator);
    }

    private void refresh() {
        rows = new ListDataProvider<>(catalog.operatorSummaries());
        grid.setDataProvider(rows);
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        OperatorKind kind = kindFilter.getValue();
        rows.setFilter(s -> (text.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(text)
                || s.operator().getCode().toLowerCase(Locale.ROOT).contains(text))
                && (kind == null || s.operator().getKind() == kind));
    }

    private boolean isAdmin() {
        return currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
    }

    @Override
    public String viewTitle() {
        return getTranslation("operators.title");
    }
}
