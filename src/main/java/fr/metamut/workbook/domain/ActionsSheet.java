package fr.metamut.workbook.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The action plan: one row per action with owner, due date, status, priority, indicator and progress;
 * overdue actions in red, done ones in green.
 */
public final class ActionsSheet implements WorkbookSheet {

    public static final String NAME = "Plan d'actions";
    /** The columns, in order: the N° (the action's id) makes the sheet importable back. */
    public static final List<String> HEADERS = List.of("N°", "Action", "Pilote", "Contributeurs", "Échéance", "Statut",
            "Priorité", "Indicateur", "Cible", "Valeur", "Avancement", "En retard", "Liens");

    private final List<WorkbookContent.Action> actions;
    private final LocalDate exportDate;

    ActionsSheet(List<WorkbookContent.Action> actions, LocalDate exportDate) {
        this.actions = actions;
        this.exportDate = exportDate;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(7, 34, 18, 22, 11, 11, 9, 22, 9, 9, 12, 9, 34);
        int headerRow = out.nextRow();
        out.header(HEADERS);
        for (WorkbookContent.Action a : actions) {
            Look status = a.done() ? Look.DONE : a.overdue() ? Look.OVERDUE : Look.TEXT;
            SheetWriter.RowWriter row = out.row().integer(a.id()).text(a.title(), a.overdue() ? Look.OVERDUE : Look.TEXT)
                    .text(a.owner()).text(a.contributors());
            row = a.due() == null ? row.blank() : row.date(a.due(), a.overdue() ? Look.DATE_OVERDUE : Look.DATE);
            row.text(a.status(), status).text(a.priority()).text(a.indicator());
            row = a.target() == null ? row.blank() : row.number(a.target(), Look.DECIMAL);
            row = a.current() == null ? row.blank() : row.number(a.current(), Look.DECIMAL);
            row.number(a.progress() / 100.0, Look.PERCENT).text(a.overdue() ? "oui" : "non",
                    a.overdue() ? Look.OVERDUE : Look.TEXT).text(a.links());
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), HEADERS.size() - 1, 2);
        out.skip(1);
        out.row().text("En retard : échéance passée au " + exportDate.getDayOfMonth() + "/" + exportDate.getMonthValue()
                + "/" + exportDate.getYear() + " et action non faite (en rouge). Actions faites en vert.", Look.NOTE);
    }
}
