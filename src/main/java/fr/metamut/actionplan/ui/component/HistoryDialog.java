package fr.metamut.actionplan.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.metamut.actionplan.service.ActionRevision;
import fr.metamut.base.ui.Formats;
import java.util.List;

/** An action's history from Envers: each saved state with who saved it and when, newest first. */
public class HistoryDialog extends Dialog {

    public HistoryDialog(String title, List<ActionRevision> revisions) {
        setId("plan-history-dialog");
        setHeaderTitle(getTranslation("plan.history.title", title));
        setWidth("min(60rem, 95vw)");
        Grid<ActionRevision> grid = new Grid<>();
        grid.setId("plan-history-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Formats.dateTime(r.at())).setHeader(getTranslation("plan.history.when"));
        grid.addColumn(ActionRevision::displayName).setKey("who").setHeader(getTranslation("plan.history.who"));
        grid.addColumn(r -> getTranslation(r.creation() ? "plan.history.created" : "plan.history.changed"))
                .setHeader(getTranslation("plan.history.what"));
        grid.addColumn(ActionRevision::title).setHeader(getTranslation("plan.field.title")).setFlexGrow(2);
        grid.addColumn(ActionRevision::ownerName).setHeader(getTranslation("plan.field.owner"));
        grid.addColumn(r -> Formats.date(r.dueDate())).setHeader(getTranslation("plan.field.dueDate"));
        grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("plan.field.status"));
        grid.addColumn(r -> Formats.number(r.progress()) + " %").setHeader(getTranslation("plan.field.progress"));
        grid.setItems(revisions);
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
