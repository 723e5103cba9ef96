package fr.metamut.copil.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.metamut.copil.domain.Change;
import java.util.List;

/** The rows of a comparison of two meetings: what changed, on what, where, before, after, and a detail. */
public class ChangesGrid extends Grid<Change> {

    public ChangesGrid() {
        super(Change.class, false);
        setId("copil-changes");
        addColumn(c -> getTranslation(c.kind().messageKey())).setKey("kind")
                .setHeader(getTranslation("copil.column.kind")).setAutoWidth(true).setFlexGrow(0).setResizable(true);
        addColumn(Change::subject).setKey("subject").setHeader(getTranslation("copil.column.subject")).setFlexGrow(3)
                .setResizable(true);
        addColumn(Change::departement).setKey("departement").setHeader(getTranslation("copil.column.departement"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(Change::before).setKey("before").setHeader(getTranslation("copil.column.before")).setFlexGrow(1);
        addColumn(Change::after).setKey("after").setHeader(getTranslation("copil.column.after")).setFlexGrow(1);
        addColumn(Change::detail).setKey("detail").setHeader(getTranslation("copil.column.detail")).setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    public void show(List<Change> changes) {
        setItems(changes);
    }
}
