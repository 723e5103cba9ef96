package fr.metamut.catalog.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Attribution;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.Notifications;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.AddOrReadOnly;
import fr.metamut.base.ui.component.Confirm;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.catalog.ui.component.OfferingDialog;
import fr.metamut.catalog.ui.component.OfferingDraft;
import fr.metamut.catalog.ui.component.OfferingNoteDialog;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One operator: who it is and the services it offers per département. Its director (or an
 * administrator) adds and removes offerings and edits their notes here; the service checks it again.
 */
@Route("operateurs/:code")
@PermitAll
public class OperatorDetailView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final CatalogService catalog;
    private final OfferingService offeringService;
    private final PeopleDirectory people;
    private final Grid<Offering> grid = new Grid<>();
    private final ComboBox<Departement> departementFilter = new ComboBox<>();
    private final HorizontalLayout perDepartement = new HorizontalLayout();
    private final VerticalLayout header = new VerticalLayout();
    private ListDataProvider<Offering> rows;
    private DisplayNames names;
    private Operator operator;
    private boolean editable;

    public OperatorDetailView(CatalogService catalog, OfferingService offeringService, PeopleDirectory people) {
        this.catalog = catalog;
        this.offeringService = offeringService;
        this.people = people;
        setSizeFull();
        header.setPadding(false);
        perDepartement.setId("offerings-per-departement");
        perDepartement.addClassName("kpi-row");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        operator = catalog.operatorByCode(code).orElseThrow(NotFoundException::new);
        editable = offeringService.canEdit(operator.getId());
        removeAll();
        header.removeAll();
        Anchor profile = new Anchor("profils-operateurs", getTranslation("operator.profileLink"));
        profile.setId("operator-profile-link");
        header.add(new ViewHeader(viewTitle()), createFacts(), profile);
        add(header, perDepartement, createToolbar(), configureGrid());
        refresh();
    }

    private DescriptionList createFacts() {
        DescriptionList facts = new DescriptionList();
        facts.setId("operator-facts");
        facts.addClassName("operator-facts");
        fact(facts, "operator.kind", getTranslation("operator.kind." + operator.getKind().name()));
        fact(facts, "operator.home", operator.getHomeDepartement() == null
                ? getTranslation("operator.home.unknown") : operator.getHomeDepartement().getLabel());
        fact(facts, "operator.agents", operator.getAgents() == null
                ? getTranslation("value.unknown") : Formats.number(operator.getAgents()));
        if (operator.getWebsite() != null) {
            facts.add(new DescriptionList.Term(getTranslation("operator.website")),
                    new DescriptionList.Description(new Anchor(operator.getWebsite(), operator.getWebsite())));
        }
        if (operator.getDescription() != null) {
            fact(facts, "operator.description", operator.getDescription());
        }
        fact(facts, "common.source", operator.getSource() == null ? getTranslation("common.userEntered") : operator.getSource());
        return facts;
    }

    private void fact(DescriptionList facts, String key, String value) {
        facts.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private HorizontalLayout createToolbar() {
        departementFilter.setId("offerings-departement-filter");
        departementFilter.setPlaceholder(getTranslation("departement.all"));
        departementFilter.setItems(catalog.departements());
        departementFilter.setItemLabelGenerator(Departement::getLabel);
        departementFilter.setClearButtonVisible(true);
        departementFilter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout toolbar = new HorizontalLayout(departementFilter);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.add(AddOrReadOnly.create(editable, "offering-add", getTranslation("offering.add"), this::openAddDialog,
                "offerings-read-only", getTranslation("offering.readOnly")));
        return toolbar;
    }

    private Grid<Offering> configureGrid() {
        grid.setId("offerings-grid");
        grid.setMinHeight("24rem");
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(o -> o.getDepartement().getLabel()).setHeader(getTranslation("departement"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(o -> o.getServiceLine().getName()).setHeader(getTranslation("service"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(o -> o.getServiceLine().getFamily().getName()).setHeader(getTranslation("service.family"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(o -> o.getNote() == null ? "" : o.getNote()).setHeader(getTranslation("offering.note"))
                .setFlexGrow(3);
        grid.addColumn(this::origin).setKey("origin").setHeader(getTranslation("common.origin")).setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::createRowActions).setHeader(getTranslation("common.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        return grid;
    }

    private String origin(Offering offering) {
        Attribution attribution = offering.getAttribution();
        return attribution.getUpdatedBy() == null ? offering.getSource()
                : getTranslation("offering.changedBy", names.of(attribution.getUpdatedBy()),
                        Formats.dateTime(attribution.getUpdatedAt()));
    }

    private HorizontalLayout createRowActions(Offering offering) {
        Button note = new Button(VaadinIcon.EDIT.create(), click ->
                new OfferingNoteDialog(offering, text -> offeringService.changeNote(offering.getId(),
                        offering.getVersion(), text), this::refresh).edit(OfferingDraft.of(offering)));
        note.addThemeVariants(ButtonVariant.TERTIARY);
        note.setAriaLabel(getTranslation("offering.editNote"));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> Confirm.open(
                getTranslation("offering.remove.title"),
                getTranslation("offering.remove.text", offering.getServiceLine().getName(),
                        offering.getDepartement().getLabel()),
                getTranslation("action.remove"),
                () -> {
                    if (Notifications.attempt(() -> offeringService.remove(offering.getId()))) {
                        Notifications.success(getTranslation("offering.removed"));
                        refresh();
                    }
                }));
        remove.addClassName("offering-remove");
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("action.remove"));
        return new HorizontalLayout(note, remove);
    }

    private void openAddDialog() {
        new OfferingDialog(catalog.departements(), catalog.services(),
                (departement, service, note) -> offeringService.add(operator.getId(), service.getId(),
                        departement.getId(), note),
                this::refresh).edit(new OfferingDraft());
    }

    private void refresh() {
        List<Offering> offerings = catalog.offeringsOf(operator.getId());
        names = people.names();
        rows = new ListDataProvider<>(offerings);
        grid.setDataProvider(rows);
        applyFilter();
        Map<String, Integer> counts = new TreeMap<>();
        offerings.forEach(o -> counts.merge(o.getDepartement().getLabel(), 1, Integer::sum));
        perDepartement.removeAll();
        if (counts.isEmpty()) {
            perDepartement.add(new Paragraph(getTranslation("offering.none")));
        }
        counts.forEach((label, count) -> {
            Span badge = new Span(label + " · " + getTranslation("offering.count", count));
            badge.addClassName("tag");
            perDepartement.add(badge);
        });
    }

    private void applyFilter() {
        Departement departement = departementFilter.getValue();
        rows.setFilter(o -> departement == null || o.getDepartement().getId().equals(departement.getId()));
    }

    @Override
    public String viewTitle() {
        return operator == null ? "" : operator.getName();
    }
}
