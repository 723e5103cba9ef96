package fr.metamut.coverage.ui.component;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.internal.JacksonUtils;
import fr.metamut.base.ui.Formats;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The coverage matrix: services grouped by family, one column per département and one for the region, the
 * service column frozen while the others scroll sideways. Cells are drawn in the browser from a template
 * (not one server component each: a matrix of 40 × 6 cells made ~660 server nodes per user), and one
 * listener on the grid opens the panel of the cell clicked or chosen with the keyboard (Enter or Space), or
 * folds and unfolds a family clicked in its heading row. When the matrix changes but its rows and columns stay
 * (someone added an offering), only the rows whose cells changed are sent again: the columns and the rows
 * stay as they are, folded families too.
 * <p>
 * A flat grid whose family headings are rows, not a {@code TreeGrid}: with two levels always unfolded, the tree's
 * data communicator kept about 20 KB more per open page for nothing a list of rows cannot do.
 */
public class MatrixGrid extends Grid<MatrixGrid.Node> {

    /**
     * A row: a family heading, or a service row, named by its service code so that it stays the same
     * node when the matrix is computed again (its cells are looked up in the matrix shown).
     */
    public record Node(String family, String serviceCode) implements Serializable {
        boolean isFamily() {
            return serviceCode == null;
        }
    }

    /**
     * The service column's cell: a family's heading is a button folding its services (its row's key for the grid's
     * one listener, its state for screen readers), a service its name.
     */
    private static final String NAME_TEMPLATE = "${item.expanded == null ? html`<span class=\"matrix-service\">${item.name}</span>`"
            + " : html`<span class=\"matrix-family\" role=\"button\" tabindex=\"0\" aria-expanded=\"${item.expanded}\""
            + " data-key=\"${itemKey}\">${item.name}</span>`}";

    /** The key of the region's column, and the value its cells carry in {@code data-dep}. */
    public static final String REGION = "region";

    private final BiConsumer<CoverageRow, CoverageInput.Departement> onCellClick;
    private final Map<String, CoverageRow> rowsByCode = new HashMap<>();
    private final Map<String, CoverageInput.Departement> columnsByCode = new HashMap<>();
    private Map<String, List<String>> planned = Map.of();
    private List<Node> shape = List.of();
    private List<CoverageInput.Departement> shownColumns = List.of();
    private final Set<String> folded = new HashSet<>();
    private String highlighted;

    public MatrixGrid(BiConsumer<CoverageRow, CoverageInput.Departement> onCellClick) {
        this.onCellClick = onCellClick;
        setId("coverage-matrix");
        addClassName("coverage-matrix");
        addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        listen("click", null);
        listen("keydown", "event.key === 'Enter' || event.key === ' '");
    }

    private void listen(String type, String filter) {
        DomListenerRegistration registration = getElement().addEventListener(type, event -> {
            Node node = getDataCommunicator().getKeyMapper().get(text(event.getEventData().get("event.target.dataset.key")));
            String departement = text(event.getEventData().get("event.target.dataset.dep"));
            if (node != null && node.isFamily()) {
                fold(node);
            } else if (node != null) {
                open(node.serviceCode(), departement);
            }
        }).addEventData("event.target.dataset.key").addEventData("event.target.dataset.dep");
        if (filter != null) {
            registration.setFilter(filter);
            registration.preventDefault();
        }
    }

    private static String text(tools.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    /** Opens the panel of a cell named by its service and département codes ({@link #REGION} for the region). */
    void open(String serviceCode, String departementCode) {
        CoverageRow row = rowsByCode.get(serviceCode);
        if (row == null || departementCode.isEmpty()) {
            return;
        }
        if (REGION.equals(departementCode)) {
            onCellClick.accept(row, null);
        } else if (columnsByCode.containsKey(departementCode)) {
            onCellClick.accept(row, columnsByCode.get(departementCode));
        }
    }

    /** Shows the rows for the given columns (all départements, or one after a map click). */
    public void show(CoverageMatrix matrix, List<CoverageRow> rows, List<CoverageInput.Departement> columns,
                     Map<String, List<String>> planned) {
        List<Node> newShape = shapeOf(rows);
        boolean sameShape = newShape.equals(shape) && columns.equals(shownColumns);
        Map<String, CoverageRow> before = Map.copyOf(rowsByCode);
        Map<String, List<String>> plannedBefore = this.planned;
        this.planned = planned;
        rowsByCode.clear();
        rows.forEach(row -> rowsByCode.put(row.service().code(), row));
        if (sameShape) {
            newShape.stream().filter(n -> !n.isFamily())
                    .filter(n -> !rowsByCode.get(n.serviceCode()).equals(before.get(n.serviceCode()))
                            || columns.stream().anyMatch(d -> isPlanned(plannedBefore, n.serviceCode(), d.code())
                                    != isPlanned(planned, n.serviceCode(), d.code())))
                    .forEach(getDataProvider()::refreshItem);
            return;
        }
        shape = newShape;
        shownColumns = List.copyOf(columns);
        columnsByCode.clear();
        columns.forEach(d -> columnsByCode.put(d.code(), d));
        folded.clear();
        removeAllColumns();
        addColumn(LitRenderer.<Node>of(NAME_TEMPLATE)
                        .withProperty("name", n -> n.isFamily() ? n.family() : row(n).service().name())
                        .withProperty("expanded", n -> n.isFamily() ? String.valueOf(!folded.contains(n.family())) : null))
                .setHeader(getTranslation("service")).setFlexGrow(3).setWidth("14rem").setFrozen(true)
                .setKey("service");
        for (CoverageInput.Departement departement : columns) {
            cellColumn("dep-" + departement.code(), departement.code(), departement.name(), "4rem",
                    row -> row.cell(departement.code()), departement.code());
        }
        cellColumn(REGION, getTranslation("coverage.region"), getTranslation("coverage.region"), "5rem",
                CoverageRow::region, REGION);
        setItems(newShape).setFilter(n -> n.isFamily() || !folded.contains(n.family()));
    }

    /** Folds a family's services under its heading, or unfolds them. */
    private void fold(Node family) {
        if (!folded.remove(family.family())) {
            folded.add(family.family());
        }
        getDataProvider().refreshAll();
    }

    /** The families and services in their order, each family before its services. */
    private static List<Node> shapeOf(List<CoverageRow> rows) {
        Map<String, List<Node>> families = new LinkedHashMap<>();
        rows.forEach(row -> families.computeIfAbsent(row.service().family(), f -> new ArrayList<>())
                .add(new Node(row.service().family(), row.service().code())));
        List<Node> nodes = new ArrayList<>();
        families.forEach((family, services) -> {
            nodes.add(new Node(family, null));
            nodes.addAll(services);
        });
        return nodes;
    }

    private static boolean isPlanned(Map<String, List<String>> planned, String serviceCode, String departement) {
        return planned.containsKey(serviceCode + "/" + departement);
    }

    private CoverageRow row(Node node) {
        return rowsByCode.get(node.serviceCode());
    }

    /**
     * Marks the cells of one operator (by name): where it is alone, where it doubles someone; the others
     * fade. {@code null} shows every cell alike.
     */
    public void highlight(String operatorName) {
        if (Objects.equals(highlighted, operatorName)) {
            return; // every cell sent again only when the highlight changes, not at each refresh of the matrix
        }
        highlighted = operatorName;
        getDataProvider().refreshAll();
    }

    private void cellColumn(String key, String header, String name, String width,
                            java.util.function.Function<CoverageRow, CoverageCell> cellOf, String departement) {
        boolean region = REGION.equals(departement);
        // what is the same for the whole column (its code, its name) is written in its template: a row sends four
        // values per cell, nothing for a family's heading (a cell had eight, each under the renderer's long prefix)
        LitRenderer<Node> renderer = LitRenderer.<Node>of(cellTemplate(departement, name))
                .withProperty("n", n -> n.isFamily() ? null : String.valueOf(cellOf.apply(row(n)).count()))
                .withProperty("cls", n -> n.isFamily() ? null : classes(row(n), cellOf.apply(row(n)), departement, region))
                .withProperty("tip", n -> n.isFamily() ? null : tooltip(cellOf.apply(row(n))))
                .withProperty("name", n -> n.isFamily() ? null : row(n).service().name());
        Grid.Column<Node> column = addColumn(renderer).setHeader(header).setTextAlign(ColumnTextAlign.CENTER)
                .setWidth(width).setFlexGrow(0).setKey(key);
        if (!region) {
            column.setTooltipGenerator(n -> name);
        }
    }

    /**
     * A column's cell: a button-like span named for screen readers "service, département : operators", carrying the
     * row's key and the column's code for the grid's one listener; nothing in a family's heading row. The template is
     * code the browser compiles: the column's code and name enter it only as JSON string literals inside expressions.
     */
    static String cellTemplate(String departement, String name) {
        return "${item.n == null ? '' : html`<span class=\"${item.cls}\" title=\"${item.tip}\" role=\"button\""
                + " tabindex=\"0\" aria-label=\"${item.name + " + JacksonUtils.writeValue(", " + name + " : ").toString()
                + " + item.tip}\" data-key=\"${itemKey}\" data-dep=\"${" + JacksonUtils.writeValue(departement)
                + "}\">${item.n}</span>`}";
    }

    private String classes(CoverageRow row, CoverageCell cell, String departement, boolean region) {
        if (region) {
            return "cov-cell " + (row.regionWideAbsence() ? "cov-absent" : "cov-region");
        }
        return CellStyles.classes(cell)
                + (isPlanned(planned, row.service().code(), departement) ? " cov-planned" : "")
                + (highlighted == null ? "" : !cell.operators().contains(highlighted) ? " cov-other"
                        : cell.count() == 1 ? " cov-mine cov-mine-alone" : " cov-mine cov-mine-shared");
    }

    private String tooltip(CoverageCell cell) {
        String operators = cell.count() == 0 ? getTranslation("panel.none") : String.join(", ", cell.operators());
        return cell.demand() == null ? operators
                : operators + " · " + getTranslation("panel.demandShort", Formats.number(cell.demand()));
    }
}
