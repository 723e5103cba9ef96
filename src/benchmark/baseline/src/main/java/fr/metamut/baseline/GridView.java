package fr.metamut.baseline;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.IntStream;

/** The one view: a 50-row grid and a button that changes a text and one row. */
@Route("")
@PermitAll
public class GridView extends VerticalLayout {

    /** A grid row. */
    public record Row(int number, String name, int clicks) {
    }

    public GridView() {
        List<Row> rows = new java.util.ArrayList<>(IntStream.rangeClosed(1, 50)
                .mapToObj(i -> new Row(i, "Ligne " + i, 0)).toList());
        Grid<Row> grid = new Grid<>();
        grid.setId("baseline-grid");
        grid.addColumn(Row::number).setHeader("N°");
        grid.addColumn(Row::name).setHeader("Nom");
        grid.addColumn(Row::clicks).setHeader("Clics");
        grid.setItems(rows);
        Span clicks = new Span("0");
        clicks.setId("baseline-clicks");
        Button button = new Button("Cliquer", click -> {
            Row first = rows.getFirst();
            rows.set(0, new Row(first.number(), first.name(), first.clicks() + 1));
            grid.setItems(rows);
            clicks.setText(String.valueOf(first.clicks() + 1));
        });
        button.setId("baseline-button");
        setSizeFull();
        add(button, clicks, grid);
    }
}
