package fr.metamut.coverage.ui.view;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.PageContribution;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.coverage.domain.CoverageChangedEvent;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.coverage.service.PlannedCoverage;
import org.springframework.beans.factory.ObjectProvider;
import fr.metamut.coverage.ui.component.CellPanel;
import fr.metamut.coverage.ui.component.CoverageDefinitions;
import fr.metamut.coverage.ui.component.Legend;
import fr.metamut.coverage.ui.component.MatrixGrid;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coverage matrix: for each service and département, how many operators offer it (computed from
 * the offerings), coloured as in the report, with filters, a "without operator X" simulation, a side
 * panel per cell, and live updates when someone changes an offering.
 */
@Route("couverture")
@Menu(order = 5, icon = "vaadin:grid-small", title = "nav.matrix")
@PermitAll
public class MatrixView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    public static final String DEPARTEMENT_PARAMETER = "departement";
    /** Where other features add tools to this page (see {@link PageContribution}). */
    public static final String TOOLBAR = "matrix-toolbar";

    private final CoverageService coverage;
    private final MatrixGrid grid;
    private final CellPanel panel;
    private final ComboBox<String> familyFilter = new ComboBox<>();
    private final ComboBox<CoverageInput.Departement> departementFilter = new ComboBox<>();
    private final ComboBox<CoverageInput.Operator> withoutOperator = new ComboBox<>();
    private final Checkbox gapsOnly = new Checkbox();
    private final Checkbox doublonsOnly = new Checkbox();
    private final Checkbox demandOnly = new Checkbox();
    private final Checkbox highlightMine = new Checkbox();
    private final Paragraph mineSummary = new Paragraph();
    private String ownName;
    private final Paragraph summary = new Paragraph();
    private final CoverageDefinitions definitions = new CoverageDefinitions("matrix-definitions");
    private final ObjectProvider<PlannedCoverage> planning;
    private CoverageMatrix matrix;
    private Map<String, List<String>> planned = Map.of();

    public MatrixView(CoverageService coverage, CurrentUser currentUser, ChangeFeed feed,
                      ObjectProvider<PlannedCoverage> planning, List<PageContribution> contributions) {
        this.coverage = coverage;
        this.planning = planning;
        setSizeFull();
        Map<String, String> operatorCodes = new HashMap<>();
        // read with the shared matrix, as the filters' families and départements: no query of the catalogue
        List<CoverageInput.Operator> operators = coverage.operators();
        operators.forEach(o -> operatorCodes.put(o.name(), o.code()));
        String ownCode = currentUser.get().map(AppUser::getOperatorId)
                .flatMap(id -> operators.stream().filter(o -> o.id() == id).findFirst())
                .map(CoverageInput.Operator::code).orElse(null);
        this.ownName = currentUser.get().filter(u -> u.getOperatorId() != null).map(AppUser::getOperatorName).orElse(null);
        this.grid = new MatrixGrid(this::openPanel);
        this.panel = new CellPanel(operatorCodes, ownCode);
        configureFilters(operators, coverage.matrix());
        summary.setId("matrix-summary");
        summary.addClassName("view-subtitle");

        Div matrixArea = new Div(grid);
        matrixArea.addClassName("matrix-area");
        HorizontalLayout body = new HorizontalLayout(matrixArea, panel);
        body.addClassName("matrix-body");
        body.setAlignItems(FlexComponent.Alignment.START);
        body.setWidthFull();
        body.setFlexGrow(1, matrixArea);
        ViewHeader title = new ViewHeader(viewTitle());
        PageContribution.createAll(contributions, TOOLBAR).forEach(title::add);
        HorizontalLayout summaryLine = new HorizontalLayout(summary, definitions);
        summaryLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        summaryLine.setWrap(true);
        add(title, summaryLine, createFilterBar(), new Legend(), mineSummary, body);
        // an offering change reads the shared matrix again, not the planned cells (a query per open screen)
        LiveRefresh.bind(this, feed, CoverageChangedEvent.TOPIC, this::refreshMatrix);
        planning.ifAvailable(p -> LiveRefresh.bind(this, feed, p.changeTopic(), this::refresh));
    }

    private void configureFilters(List<CoverageInput.Operator> operators, CoverageMatrix current) {
        familyFilter.setId("matrix-family-filter");
        familyFilter.setPlaceholder(getTranslation("service.family"));
        familyFilter.setItems(current.rows().stream().map(r -> r.service().family()).distinct().toList());
        familyFilter.setClearButtonVisible(true);
        departementFilter.setId("matrix-departement-filter");
        departementFilter.setPlaceholder(getTranslation("departement.all"));
        departementFilter.setItems(current.departements());
        departementFilter.setItemLabelGenerator(d -> d.code() + " " + d.name());
        departementFilter.setClearButtonVisible(true);
        withoutOperator.setId("matrix-without-operator");
        withoutOperator.setPlaceholder(getTranslation("matrix.withoutOperator"));
        withoutOperator.setItems(operators);
        withoutOperator.setItemLabelGenerator(o -> getTranslation("matrix.without", o.name()));
        withoutOperator.setClearButtonVisible(true);
        gapsOnly.setId("matrix-gaps-only");
        gapsOnly.setLabel(getTranslation("matrix.gapsOnly"));
        doublonsOnly.setId("matrix-doublons-only");
        doublonsOnly.setLabel(getTranslation("matrix.doublonsOnly"));
        demandOnly.setId("matrix-demand-only");
        demandOnly.setLabel(getTranslation("matrix.demandOnly"));
        familyFilter.addValueChangeListener(e -> show());
        departementFilter.addValueChangeListener(e -> show());
        gapsOnly.addValueChangeListener(e -> show());
        doublonsOnly.addValueChangeListener(e -> show());
        demandOnly.addValueChangeListener(e -> show());
        highlightMine.setId("matrix-highlight-mine");
        highlightMine.setLabel(getTranslation("matrix.highlightMine", String.valueOf(ownName)));
        highlightMine.setVisible(ownName != null);
        highlightMine.addValueChangeListener(e -> show());
        mineSummary.setId("matrix-mine-summary");
        mineSummary.addClassName("cov-mine-summary");
        withoutOperator.addValueChangeListener(e -> refreshMatrix());
    }

    private HorizontalLayout createFilterBar() {
        HorizontalLayout bar = new HorizontalLayout(familyFilter, departementFilter, withoutOperator, gapsOnly,
                doublonsOnly, demandOnly, highlightMine);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(DEPARTEMENT_PARAMETER).ifPresent(code ->
                departementFilter.getListDataView().getItems().filter(d -> d.code().equals(code)).findFirst()
                        .ifPresent(departementFilter::setValue));
        refresh();
    }

    /** Reads the matrix and the cells planned by validated offers again (after an offer's change). */
    void refresh() {
        PlannedCoverage plans = planning.getIfAvailable();
        planned = plans == null ? Map.of() : plans.plannedCells();
        refreshMatrix();
    }

    /** Reads the matrix again (after an offering's change, or a "without operator" choice). */
    void refreshMatrix() {
        CoverageInput.Operator excluded = withoutOperator.getValue();
        matrix = excluded == null ? coverage.matrix() : coverage.matrixWithout(Set.of(excluded.id()));
        show();
    }

    private void show() {
        if (matrix == null) {
            return;
        }
        CoverageInput.Departement only = departementFilter.getValue();
        List<CoverageInput.Departement> columns = only == null ? matrix.departements() : List.of(only);
        List<CoverageRow> rows = matrix.rows().stream()
                .filter(r -> familyFilter.isEmpty() || r.service().family().equals(familyFilter.getValue()))
                .filter(r -> !gapsOnly.getValue() || columns.stream().anyMatch(d -> r.cell(d.code()).count() == 0))
                .filter(r -> !doublonsOnly.getValue() || columns.stream().anyMatch(d -> r.cell(d.code()).count() >= 2))
                .filter(r -> !demandOnly.getValue() || columns.stream().anyMatch(d -> r.cell(d.code()).demandWithoutOffer()))
                .toList();
        grid.show(matrix, rows, columns, planned);
        boolean mine = highlightMine.getValue() && ownName != null;
        grid.highlight(mine ? ownName : null);
        mineSummary.setVisible(mine);
        if (mine) {
            List<CoverageCell> present = matrix.cellsOf(ownName);
            long alone = present.stream().filter(c -> c.count() == 1).count();
            mineSummary.setText(getTranslation("matrix.mineSummary", ownName, present.size(), alone,
                    present.size() - alone));
        }
        summary.setText(getTranslation("matrix.summary", rows.size(), matrix.gapCount(), matrix.doublonCount(),
                matrix.demandWithoutOfferCount(), matrix.regionWideAbsences().size()));
        definitions.show(matrix);
    }

    private void openPanel(CoverageRow row, CoverageInput.Departement departement) {
        panel.show(row, departement, matrix.departements(), departement == null ? List.of()
                : planned.getOrDefault(row.service().code() + "/" + departement.code(), List.of()));
    }

    @Override
    public String viewTitle() {
        return getTranslation("matrix.title");
    }
}
