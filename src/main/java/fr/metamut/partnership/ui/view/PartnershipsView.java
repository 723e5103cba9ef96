package fr.metamut.partnership.ui.view;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.AddOrReadOnly;
import fr.metamut.base.ui.component.Confirm;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipFilter;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import fr.metamut.partnership.domain.PartnershipsChangedEvent;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.partnership.ui.component.PartnershipDetails;
import fr.metamut.partnership.ui.component.PartnershipDialog;
import fr.metamut.partnership.ui.component.PartnershipForm;
import fr.metamut.partnership.ui.component.PartnershipGrid;
import fr.metamut.partnership.ui.component.PartnershipNetwork;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * The registry of agreements between operators: filters (operator, type, status, text), the network of
 * operators and partnerships (a click on an operator filters the list), the list, and a detail and edit
 * dialog. Directors record their own operator's partnerships, administrators any, coordinators follow.
 * Query parameters {@code operateur=CODE} and {@code partenariat=ID} preselect an operator or open one.
 */
@Route("partenariats")
@Menu(order = 13.5, icon = "vaadin:handshake", title = "nav.partnerships")
@PermitAll
public class PartnershipsView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final PartnershipService service;
    private final PeopleDirectory people;
    private final List<Operator> operators;
    private final PartnershipDialog.Choices choices;
    private final Operator ownOperator;
    private final ComboBox<Operator> operatorFilter = new ComboBox<>();
    private final ComboBox<PartnershipType> typeFilter = new ComboBox<>();
    private final ComboBox<PartnershipStatus> statusFilter = new ComboBox<>();
    private final TextField search = new TextField();
    private final Paragraph summary = new Paragraph();
    private final PartnershipGrid grid = new PartnershipGrid(this::openDetails);
    private final PartnershipNetwork network;
    private DisplayNames names;

    public PartnershipsView(PartnershipService service, CatalogService catalog, PeopleDirectory people,
                            CurrentUser currentUser, ChangeFeed feed) {
        this.service = service;
        this.people = people;
        this.operators = catalog.operators();
        Long ownId = currentUser.get().map(AppUser::getOperatorId).orElse(null);
        this.ownOperator = operators.stream().filter(o -> o.getId().equals(ownId)).findFirst().orElse(null);
        this.choices = new PartnershipDialog.Choices(operators, catalog.services(), catalog.departements(), ownOperator);
        this.network = new PartnershipNetwork(operatorFilter::setValue);
        summary.setId("partnership-summary");
        summary.addClassName("view-subtitle");
        Paragraph intro = new Paragraph(getTranslation("partnerships.intro"));
        intro.addClassName("view-subtitle");
        configureFilters();
        add(new ViewHeader(viewTitle()), intro, network, createToolbar(), summary, grid);
        refresh();
        LiveRefresh.bind(this, feed, PartnershipsChangedEvent.TOPIC, this::refresh);
    }

    private void configureFilters() {
        operatorFilter.setId("partnership-operator-filter");
        operatorFilter.setPlaceholder(getTranslation("partnerships.allOperators"));
        operatorFilter.setItems(operators);
        operatorFilter.setItemLabelGenerator(Operator::getName);
        typeFilter.setId("partnership-type-filter");
        typeFilter.setPlaceholder(getTranslation("partnerships.allTypes"));
        typeFilter.setItems(PartnershipType.values());
        typeFilter.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        statusFilter.setId("partnership-status-filter");
        statusFilter.setPlaceholder(getTranslation("partnerships.allStatuses"));
        statusFilter.setItems(PartnershipStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        search.setId("partnership-search");
        search.setPlaceholder(getTranslation("action.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        for (var filter : List.of(operatorFilter, typeFilter, statusFilter)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> refresh());
        }
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
    }

    private HorizontalLayout createToolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(operatorFilter, typeFilter, statusFilter, search);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.add(AddOrReadOnly.create(service.canRecord(), "partnership-add", getTranslation("partnerships.add"),
                () -> openEditor(null), "partnerships-read-only", getTranslation("partnerships.readOnly")));
        return toolbar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("operateur").flatMap(code -> operators.stream()
                .filter(o -> o.getCode().equals(code)).findFirst()).ifPresent(operatorFilter::setValue);
        parameters.getSingleParameter("partenariat").flatMap(PartnershipsView::parseId).flatMap(service::get)
                .ifPresent(this::openDetails);
    }

    private static Optional<Long> parseId(String text) {
        return text.matches("\\d{1,18}") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }

    /** Reloads the list and the network with the current filters (also after others' changes). */
    private void refresh() {
        PartnershipFilter filter = new PartnershipFilter(operatorFilter.getValue() == null ? null
                : operatorFilter.getValue().getId(), typeFilter.getValue(), statusFilter.getValue(), search.getValue());
        List<Partnership> all = service.all();
        List<Partnership> shown = all.stream().filter(filter::matches).toList();
        names = people.names();
        grid.show(shown, names);
        summary.setText(getTranslation("partnerships.summary", shown.size(), all.size()));
        network.show(operators, all.stream().filter(filter.withOperator(null)::matches).toList(), operatorFilter.getValue());
    }

    private void openDetails(Partnership partnership) {
        new PartnershipDetails(partnership, names, service.canEdit(partnership), () -> openEditor(partnership),
                details -> confirmRemoval(partnership, details)).open();
    }

    private void openEditor(Partnership existing) {
        PartnershipDialog dialog = new PartnershipDialog(
                getTranslation(existing == null ? "partnerships.add" : "partnerships.edit"), choices,
                form -> {
                    if (existing == null) {
                        service.record(form.toContent());
                    } else {
                        service.update(existing.getId(), existing.getVersion(), form.toContent());
                    }
                }, this::refresh);
        dialog.edit(existing == null ? PartnershipForm.blank(ownOperator) : PartnershipForm.of(existing));
    }

    private void confirmRemoval(Partnership partnership, PartnershipDetails details) {
        Confirm.open(getTranslation("partnership.remove.title"),
                getTranslation("partnership.remove.text", partnership.getName()), getTranslation("action.delete"), () -> {
                    if (Notifications.attempt(() -> service.remove(partnership.getId(), partnership.getVersion()))) {
                        Notifications.success(getTranslation("partnership.removed"));
                        details.close();
                        refresh();
                    }
                });
    }

    @Override
    public String viewTitle() {
        return getTranslation("partnerships.title");
    }
}
