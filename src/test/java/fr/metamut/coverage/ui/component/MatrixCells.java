package fr.metamut.coverage.ui.component;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The matrix's cells for browserless tests: what the browser draws from a column's template (number and
 * CSS classes), and a click on a cell as the browser reports it to the grid's one listener.
 */
public final class MatrixCells {

    /** A cell as drawn: its number and its CSS classes. */
    public record Cell(String text, List<String> classNames) {
        public String getText() {
            return text;
        }

        public List<String> getClassNames() {
            return classNames;
        }
    }

    private MatrixCells() {
    }

    /** The cell of a service in a département's column ({@code "region"} for the region's). */
    public static Cell cell(String serviceCode, String column) {
        return cell(_get(MatrixGrid.class), serviceCode, column);
    }

    /** The cell of a service in a département's column of the given grid (when several matrices are open). */
    public static Cell cell(MatrixGrid grid, String serviceCode, String column) {
        return cell(grid, node(grid, serviceCode), column);
    }

    /** The cell of a row as its column draws it, shown or not (its family folded). */
    @SuppressWarnings("unchecked")
    public static Cell cell(MatrixGrid grid, MatrixGrid.Node node, String column) {
        var values = ((LitRenderer<MatrixGrid.Node>) grid.getColumnByKey(key(column)).getRenderer()).getValueProviders();
        return new Cell(String.valueOf(values.get("n").apply(node)),
                List.of(String.valueOf(values.get("cls").apply(node)).split(" ")));
    }

    /** A click on a cell as the browser reports it: the key of the cell's row and the code of its column. */
    public static void click(String serviceCode, String column) {
        MatrixGrid grid = _get(MatrixGrid.class);
        BasicUtilsKt._fireDomEvent(grid, "click", JacksonUtils.createObjectNode()
                .put("event.target.dataset.key", grid.getDataCommunicator().getKeyMapper().key(node(grid, serviceCode)))
                .put("event.target.dataset.dep", column));
    }

    /** A click on a family's heading, as the browser reports it: the key of the heading's row. */
    public static void clickFamily(String family) {
        MatrixGrid grid = _get(MatrixGrid.class);
        BasicUtilsKt._fireDomEvent(grid, "click", JacksonUtils.createObjectNode()
                .put("event.target.dataset.key", grid.getDataCommunicator().getKeyMapper().key(heading(grid, family))));
    }

    /** Whether a family's heading says its services are shown ({@code aria-expanded}). */
    @SuppressWarnings("unchecked")
    public static boolean expanded(String family) {
        MatrixGrid grid = _get(MatrixGrid.class);
        var values = ((LitRenderer<MatrixGrid.Node>) grid.getColumnByKey("service").getRenderer()).getValueProviders();
        return Boolean.parseBoolean(String.valueOf(values.get("expanded").apply(heading(grid, family))));
    }

    private static MatrixGrid.Node heading(MatrixGrid grid, String family) {
        return rows(grid)
                .filter(n -> n.serviceCode() == null && family.equals(n.family()))
                .findFirst().orElseThrow();
    }

    private static MatrixGrid.Node node(MatrixGrid grid, String serviceCode) {
        return rows(grid)
                .filter(n -> serviceCode.equals(n.serviceCode()))
                .findFirst().orElseThrow();
    }

    /** The rows the grid shows, in order (a folded family's services are not among them). */
    private static Stream<MatrixGrid.Node> rows(MatrixGrid grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i));
    }

    private static String key(String column) {
        return column.equals(MatrixGrid.REGION) ? MatrixGrid.REGION : "dep-" + column;
    }
}
