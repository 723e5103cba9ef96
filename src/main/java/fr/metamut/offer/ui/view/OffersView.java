package fr.metamut.offer.ui.view;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.metamut.base.domain.Role;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.AddOrReadOnly;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferChangedEvent;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferService;
import fr.metamut.offer.ui.component.NewOfferDialog;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Joint offers the user may see, with filters (status, operator, service, département, age) — the
 * Région's validation queue is this page filtered on submitted and under-review offers. Directors draft
 * a new offer here, possibly prefilled from a coverage cell ({@code ?service=ARCHIVAGE&departement=62&kind=GAP}).
 */
@Route("offres")
@Menu(order = 12, icon = "vaadin:handshake", title = "nav.offers")
@PermitAll
public class OffersView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final OfferService offers;
    private final CatalogService catalog;
    private final AppUser me;
    private final Clock clock;
    private final Grid<JointOffer> grid = new Grid<>();
    private final ComboBox<OfferStatus> statusFilter = new ComboBox<>();
    private final ComboBox<Operator> operatorFilter = new ComboBox<>();
    private final ComboBox<ServiceLine> serviceFilter = new ComboBox<>();
    private final ComboBox<Departement> departementFilter = new ComboBox<>();
    private final IntegerField minAge = new IntegerField();
    private final TextField search = new TextField();
    private ListDataProvider<JointOffer> rows;
    private final boolean queue;

    @org.springframework.beans.factory.annotation.Autowired
    public OffersView(OfferService offers, CatalogService catalog, CurrentUser currentUser, ChangeFeed feed, Clock clock) {
        this(offers, catalog, currentUser, feed, clock, false);
    }

    /** {@code queue}: only what waits for the Région (submitted or under review), oldest submission first. */
    protected OffersView(OfferService offers, CatalogService catalog, CurrentUser currentUser, ChangeFeed feed, Clock clock,
                         boolean queue) {
        this.queue = queue;
        this.offers = offers;
        this.catalog = catalog;
        this.me = currentUser.require();
        this.clock = clock;
        setSizeFull();
        add(new ViewHeader(viewTitle()), createFilters(), configureGrid());
        if (queue) {
            grid.addColumn(o -> o.getSubmittedAt() == null ? "" : getTranslation("queue.days",
                    Duration.between(o.getSubmittedAt(), Instant.now(clock)).toDays())).setHeader(getTranslation("queue.age"));
            grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumns().get(6),
                    com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        }
        refresh();
        LiveRefresh.bind(this, feed, OfferChangedEvent.LIST_TOPIC, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("service").ifPresent(service -> {
            if (me.hasRole(Role.DIRECTOR)) {
                openNewOffer(service, query.getSingleParameter("departement").orElse(null),
                        query.getSingleParameter("kind").orElse("GAP"));
            }
        });
    }

    private HorizontalLayout createFilters() {
        search.setId("offers-search");
        search.setPlaceholder(getTranslation("action.search"));
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> applyFilter());
        statusFilter.setId("offers-status-filter");
        statusFilter.setPlaceholder(getTranslation("offer.status"));
        statusFilter.setItems(OfferStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("offer.status." + s.name()));
        operatorFilter.setId("offers-operator-filter");
        operatorFilter.setPlaceholder(getTranslation("account.operator"));
        operatorFilter.setItems(catalog.operators());
        operatorFilter.setItemLabelGenerator(Operator::getName);
        serviceFilter.setId("offers-service-filter");
        serviceFilter.setPlaceholder(getTranslation("service"));
        serviceFilter.setItems(catalog.services());
        serviceFilter.setItemLabelGenerator(ServiceLine::getName);
        departementFilter.setId("offers-departement-filter");
        departementFilter.setPlaceholder(getTranslation("departement"));
        departementFilter.setItems(catalog.departements());
        departementFilter.setItemLabelGenerator(Departement::getLabel);
        minAge.setId("offers-age-filter");
        minAge.setPlaceholder(getTranslation("offers.minAge"));
        minAge.setMin(0);
        for (var filter : List.of(statusFilter, operatorFilter, serviceFilter, departementFilter)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> applyFilter());
        }
        minAge.setClearButtonVisible(true);
        minAge.addValueChangeListener(e -> applyFilter());
        HorizontalLayout bar = new HorizontalLayout(search, statusFilter, operatorFilter, serviceFilter, departementFilter, minAge);
        bar.setWrap(true);
        if (me.hasRole(Role.DIRECTOR) && !queue) {
            bar.add(AddOrReadOnly.addButton("offers-new", getTranslation("offers.new"), () -> openNewOffer(null, null, null)));
        }
        return bar;
    }

    private Grid<JointOffer> configureGrid() {
        grid.setId("offers-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(JointOffer::getTitle).setHeader(getTranslation("offer.field.TITLE")).setFlexGrow(3).setSortable(true);
        grid.addComponentColumn(o -> {
            Span badge = new Span(getTranslation("offer.status." + o.getStatus().name()));
            badge.addClassNames("tag", "status-" + o.getStatus().name().toLowerCase(Locale.ROOT));
            return badge;
        }).setHeader(getTranslation("offer.status")).setComparator(JointOffer::getStatus).setSortable(true);
        grid.addColumn(o -> o.getLead().getName()).setHeader(getTranslation("offer.lead")).setSortable(true);
        grid.addColumn(o -> o.getPartners().stream().map(Operator::getName).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("offer.field.PARTNERS")).setFlexGrow(2);
        grid.addColumn(o -> o.getDepartements().stream().map(Departement::getCode).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("offer.field.DEPARTEMENTS"));
        grid.addColumn(o -> Formats.euros(o.getBudgetTotal()))
                .setHeader(getTranslation("offer.field.BUDGET_TOTAL")).setSortable(true)
                .setComparator(o -> o.getBudgetTotal() == null ? java.math.BigDecimal.ZERO : o.getBudgetTotal());
        grid.addColumn(o -> o.getSubmittedAt() == null ? "" : Formats.dateTime(o.getSubmittedAt()))
                .setHeader(getTranslation("offers.submittedAt")).setSortable(true)
                .setComparator(o -> o.getSubmittedAt() == null ? Instant.EPOCH : o.getSubmittedAt());
        grid.addItemClickListener(click -> open(click.getItem()));
        return grid;
    }

    private void open(JointOffer offer) {
        getUI().ifPresent(ui -> ui.navigate(OfferEditorView.class, new RouteParameters("id", String.valueOf(offer.getId()))));
    }

    private void openNewOffer(String serviceCode, String departementCode, String kind) {
        ServiceLine service = serviceCode == null ? null : catalog.services().stream()
                .filter(s -> s.getCode().equals(serviceCode)).findFirst().orElse(null);
        new NewOfferDialog(offers, service, departementCode,
                "DOUBLON".equals(kind) ? AddressedCell.Kind.DOUBLON : AddressedCell.Kind.GAP, this::open).open();
    }

    private void refresh() {
        rows = new ListDataProvider<>(offers.visible().stream()
                .filter(o -> !queue || o.getStatus() == OfferStatus.SOUMISE || o.getStatus() == OfferStatus.EN_INSTRUCTION)
                .toList());
        grid.setDataProvider(rows);
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now(clock);
        rows.setFilter(o -> (text.isEmpty() || o.getTitle().toLowerCase(Locale.ROOT).contains(text))
                && (statusFilter.isEmpty() || o.getStatus() == statusFilter.getValue())
                && (operatorFilter.isEmpty() || o.involves(operatorFilter.getValue().getId()))
                && (serviceFilter.isEmpty() || o.getServices().contains(serviceFilter.getValue()))
                && (departementFilter.isEmpty() || o.getDepartements().contains(departementFilter.getValue()))
                && (minAge.isEmpty() || (o.getSubmittedAt() != null
                && Duration.between(o.getSubmittedAt(), now).toDays() >= minAge.getValue())));
    }

    @Override
    public String viewTitle() {
        return getTranslation("offers.title");
    }
}
