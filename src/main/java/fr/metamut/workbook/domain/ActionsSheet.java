package fr.metamut.workbook.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The action plan: one row per action with owner, due date, status, priority, indicator and progress;
 * overdue actions in red, done ones in green. Its name and columns are what the import reads back.
 */
public final class ActionsSheet implements WorkbookSheet {

    /** The column titles' keys, in order: the N° (the action's id) makes the sheet importable back. */
    private static final List<String> HEADER_KEYS = List.of("wb.actions.id", "wb.actions.title", "wb.actions.owner",
            "wb.actions.contributors", "wb.actions.due", "wb.actions.status", "wb.actions.priority",
            "wb.actions.indicator", "wb.actions.target", "wb.actions.current", "wb.actions.progress",
            "wb.actions.overdue", "wb.actions.links");
    /** The sheet's name in the workbook (French), as the import looks for it. */
    public static final String NAME = Labels.french().text("wb.actions.name");
    /** The columns, in order (French), as the import reads them. */
    public static final List<String> HEADERS = HEADER_KEYS.stream().map(key -> Labels.french().text(key)).toList();

    private final List<WorkbookContent.Action> actions;
    private final LocalDate exportDate;

    ActionsSheet(List<WorkbookContent.Action> actions, LocalDate exportDate) {
        this.actions = actions;
        this.exportDate = exportDate;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.actions.name");
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(6, 32, 16, 18, 11, 10, 9, 18, 8, 8, 12, 8, 30);
        int headerRow = out.nextRow();
        out.header(HEADER_KEYS.stream().map(out::label).toList());
        String yes = out.label("wb.actions.overdue.yes");
        String no = out.label("wb.actions.overdue.no");
        for (WorkbookContent.Action a : actions) {
            Look status = a.done() ? Look.DONE : a.overdue() ? Look.OVERDUE : Look.TEXT;
            SheetWriter.RowWriter row = out.row().number(a.id(), Look.COUNT).text(a.title(), a.overdue() ? Look.OVERDUE : Look.TEXT)
                    .text(a.owner()).text(a.contributors());
            row = a.due() == null ? row.blank() : row.date(a.due(), a.overdue() ? Look.DATE_OVERDUE : Look.DATE);
            row.text(a.status(), status).text(a.priority()).text(a.indicator())
                    .number(a.target(), Look.DECIMAL).number(a.current(), Look.DECIMAL)
                    .number(a.progress() / 100.0, Look.PERCENT)
                    .text(a.overdue() ? yes : no, a.overdue() ? Look.OVERDUE : Look.TEXT).text(a.links());
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), HEADER_KEYS.size() - 1, 2);
        out.skip(1);
        out.row().text(out.label("wb.actions.note", DateTimeFormatter.ofPattern("dd/MM/uuuu").format(exportDate)),
                Look.NOTE);
    }
}
