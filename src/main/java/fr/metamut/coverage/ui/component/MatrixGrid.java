package fr.metamut.coverage.ui.component;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The coverage matrix: services grouped by family, one column per département and one for the region. */
public class MatrixGrid extends TreeGrid<MatrixGrid.Node> {

    /** A tree node: a family heading, or a service row. */
    public record Node(String family, CoverageRow row) implements Serializable {
        boolean isFamily() {
            return row == null;
        }
    }

    private final BiConsumer<CoverageRow, CoverageInput.Departement> onCellClick;
    private Map<String, List<String>> planned = Map.of();

    public MatrixGrid(BiConsumer<CoverageRow, CoverageInput.Departement> onCellClick) {
        this.onCellClick = onCellClick;
        setId("coverage-matrix");
        addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    /** Shows the rows for the given columns (all départements, or one after a map click). */
    public void show(CoverageMatrix matrix, List<CoverageRow> rows, List<CoverageInput.Departement> columns,
                     Map<String, List<String>> planned) {
        this.planned = planned;
        removeAllColumns();
        addHierarchyColumn(n -> n.isFamily() ? n.family() : n.row().service().name())
                .setHeader(getTranslation("service")).setFlexGrow(3).setWidth("18rem");
        for (CoverageInput.Departement departement : columns) {
            addComponentColumn(n -> n.isFamily() ? new Span() : cell(n.row(), departement))
                    .setHeader(departement.code()).setTextAlign(ColumnTextAlign.CENTER).setWidth("5rem").setFlexGrow(0)
                    .setKey("dep-" + departement.code()).setTooltipGenerator(n -> departement.name());
        }
        addComponentColumn(n -> n.isFamily() ? new Span() : regionCell(n.row()))
                .setHeader(getTranslation("coverage.region")).setTextAlign(ColumnTextAlign.CENTER).setWidth("6rem")
                .setFlexGrow(0).setKey("region");
        TreeData<Node> data = new TreeData<>();
        Map<String, Node> families = new LinkedHashMap<>();
        for (CoverageRow row : rows) {
            Node family = families.computeIfAbsent(row.service().family(), f -> {
                Node node = new Node(f, null);
                data.addItem(null, node);
                return node;
            });
            data.addItem(family, new Node(row.service().family(), row));
        }
        setDataProvider(new TreeDataProvider<>(data));
        expand(families.values());
    }

    private Span cell(CoverageRow row, CoverageInput.Departement departement) {
        CoverageCell cell = row.cell(departement.code());
        Span badge = CellStyles.badge(cell);
        badge.setId("cell-" + row.service().code() + "-" + departement.code());
        if (planned.containsKey(row.service().code() + "/" + departement.code())) {
            badge.addClassName("cov-planned");
        }
        badge.getElement().setAttribute("title", tooltip(cell));
        badge.addClickListener(click -> onCellClick.accept(row, departement));
        return badge;
    }

    private Span regionCell(CoverageRow row) {
        Span badge = new Span(String.valueOf(row.region().count()));
        badge.addClassNames("cov-cell", row.regionWideAbsence() ? "cov-absent" : "cov-region");
        badge.setId("cell-" + row.service().code() + "-region");
        badge.addClickListener(click -> onCellClick.accept(row, null));
        return badge;
    }

    private String tooltip(CoverageCell cell) {
        String operators = cell.count() == 0 ? getTranslation("panel.none") : String.join(", ", cell.operators());
        return cell.demand() == null ? operators
                : operators + " · " + getTranslation("panel.demandShort", fr.metamut.base.ui.Formats.number(cell.demand()));
    }
}
