package fr.metamut.catalog.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Role;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.AddOrReadOnly;
import fr.metamut.base.ui.component.Confirm;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.domain.ServiceFamily;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogAdminService;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.ServiceSummary;
import fr.metamut.catalog.ui.component.ServiceLineDialog;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The service catalogue by family, with how many operators and départements offer each service.
 * Services the report's synthesis table lacks are flagged. Administrators add, edit and delete.
 */
@Route("services")
@Menu(order = 20, icon = "vaadin:list-ul", title = "nav.services")
@PermitAll
public class ServicesView extends VerticalLayout implements TitledView {

    private final CatalogService catalog;
    private final CatalogAdminService admin;
    private final boolean isAdmin;
    private final Grid<ServiceSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<ServiceFamily> familyFilter = new ComboBox<>();
    private final Checkbox outsideOnly = new Checkbox();
    private ListDataProvider<ServiceSummary> rows;

    public ServicesView(CatalogService catalog, CatalogAdminService admin, CurrentUser currentUser) {
        this.catalog = catalog;
        this.admin = admin;
        this.isAdmin = currentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
        setSizeFull();
        add(new ViewHeader(viewTitle()), createToolbar(), configureGrid());
        refresh();
    }

    private HorizontalLayout createToolbar() {
        search.setId("services-search");
        search.setPlaceholder(getTranslation("action.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> applyFilter());
        familyFilter.setId("services-family-filter");
        familyFilter.setPlaceholder(getTranslation("service.family"));
        familyFilter.setItems(catalog.families());
        familyFilter.setItemLabelGenerator(ServiceFamily::getName);
        familyFilter.setClearButtonVisible(true);
        familyFilter.addValueChangeListener(e -> applyFilter());
        outsideOnly.setId("services-outside-only");
        outsideOnly.setLabel(getTranslation("services.outsideOnly"));
        outsideOnly.addValueChangeListener(e -> applyFilter());
        HorizontalLayout toolbar = new HorizontalLayout(search, familyFilter, outsideOnly);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (isAdmin) {
            toolbar.add(AddOrReadOnly.addButton("services-add", getTranslation("services.add"),
                    () -> openDialog(new ServiceLine())));
        }
        return toolbar;
    }

    private Grid<ServiceSummary> configureGrid() {
        grid.setId("services-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(s -> s.service().getFamily().getName()).setHeader(getTranslation("service.family"))
                .setSortable(true).setComparator(s -> s.service().getFamily().getPosition()).setFlexGrow(2);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("service"))
                .setSortable(true).setComparator(s -> s.service().getName().toLowerCase(Locale.ROOT)).setFlexGrow(3);
        grid.addColumn(ServiceSummary::operatorCount).setHeader(getTranslation("service.operatorCount"))
                .setSortable(true).setComparator(ServiceSummary::operatorCount);
        grid.addColumn(ServiceSummary::departementCount).setHeader(getTranslation("service.departementCount"))
                .setSortable(true).setComparator(ServiceSummary::departementCount);
        if (isAdmin) {
            grid.addComponentColumn(this::createRowActions).setHeader(getTranslation("common.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        return grid;
    }

    private HorizontalLayout nameCell(ServiceSummary summary) {
        HorizontalLayout cell = new HorizontalLayout(new Span(summary.service().getName()));
        cell.setSpacing(true);
        if (summary.service().getOrigin().outsideSynthesisTable()) {
            Span tag = new Span(getTranslation("service.origin." + summary.service().getOrigin().name()));
            tag.addClassNames("tag", "tag-outside");
            cell.add(tag);
        }
        return cell;
    }

    private HorizontalLayout createRowActions(ServiceSummary summary) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> openDialog(summary.service()));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("action.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirm.open(
                getTranslation("services.delete.title"),
                getTranslation("services.delete.text", summary.service().getName()),
                getTranslation("action.delete"),
                () -> {
                    if (Notifications.attempt(() -> admin.delete(summary.service()))) {
                        refresh();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("action.delete"));
        return new HorizontalLayout(edit, delete);
    }

    private void openDialog(ServiceLine service) {
        new ServiceLineDialog(catalog.families(), admin::save, this::refresh).edit(service);
    }

    private void refresh() {
        rows = new ListDataProvider<>(catalog.serviceSummaries());
        grid.setDataProvider(rows);
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        ServiceFamily family = familyFilter.getValue();
        boolean outside = outsideOnly.getValue();
        rows.setFilter(s -> (text.isEmpty() || s.service().getName().toLowerCase(Locale.ROOT).contains(text))
                && (family == null || s.service().getFamily().getId().equals(family.getId()))
                && (!outside || s.service().getOrigin().outsideSynthesisTable()));
    }

    @Override
    public String viewTitle() {
        return getTranslation("services.title");
    }
}
