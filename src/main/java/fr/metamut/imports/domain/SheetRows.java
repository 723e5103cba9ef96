package fr.metamut.imports.domain;

import fr.metamut.workbook.domain.CellText;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import org.jspecify.annotations.Nullable;

/**
 * Reads one sheet's XML as it streams by (SAX), row after row, keeping only the current row's cells:
 * memory stays flat whatever the number of rows, unlike POI's user model which builds every cell of
 * the sheet as objects. Checks the header row, skips blank rows (or stops at the first one) and hands
 * each data row to the {@link ImportFile.RowReader}.
 *
 * <p>Cell values are taken as stored, never computed: a formula's cached value, or "without value".
 *
 * <p>Bounded: a cell keeps at most what its column's limit needs ({@link ImportFile#kept}); the rest of its
 * text is skipped as it streams by and the cell is marked too long. Cells right of the table, and columns whose
 * limit is 0 (computed, ignored), keep nothing. Every cell kept is counted against the import's
 * {@link ImportBudget}.
 */
final class SheetRows<T> extends DefaultHandler {

    private final List<String> headers;
    private final int[] maxChars;
    private final boolean stopAtBlankRow;
    private final ImportFile.RowReader<T> reader;
    private final SharedStringsPool sharedStrings;
    private final ImportBudget budget;
    private final List<T> rows = new ArrayList<>();

    private int nextRow;
    private int row = -1;
    private ImportFile.Cell[] cells;
    private int nextColumn;
    private int column;
    private String type;
    private boolean formula;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    /** How many characters of the current cell are kept; what comes after is skipped. */
    private int room;
    private boolean overflow;
    private final StringBuilder text = new StringBuilder();

    SheetRows(List<String> headers, int[] maxChars, boolean stopAtBlankRow, ImportFile.RowReader<T> reader,
              SharedStringsPool sharedStrings, ImportBudget budget) {
        this.headers = headers;
        this.maxChars = maxChars;
        this.stopAtBlankRow = stopAtBlankRow;
        this.reader = reader;
        this.sharedStrings = sharedStrings;
        this.budget = budget;
    }

    /** Thrown to stop reading at the first blank row: what follows the table (a note) is not data. */
    static final class EndOfTable extends RuntimeException {
        EndOfTable() {
            super(null, null, false, false);
        }
    }

    List<T> rows() {
        return rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                hasValue = true;
            }
            case "is" -> hasValue = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = !inPhonetic;
            default -> {
                // other elements (formats, merged cells...) carry no value
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            int kept = Math.min(length, room);
            text.append(ch, start, kept);
            room -= kept;
            overflow |= kept < length;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void endDocument() {
        if (row < 0) {
            checkHeader(new ImportFile.Cell[headers.size()]);
        }
    }

    private void startRow(@Nullable String reference) {
        int index = reference == null ? nextRow : Integer.parseInt(reference) - 1;
        if (row < 0 && index > 0) {
            checkHeader(new ImportFile.Cell[headers.size()]);
        }
        if (row >= 0 && index > row + 1 && stopAtBlankRow) {
            throw new EndOfTable();
        }
        if (index > ImportFile.MAX_ROWS) {
            throw new ImportRejection("import.error.tooManyRows", ImportFile.MAX_ROWS);
        }
        row = index;
        nextRow = index + 1;
        nextColumn = 0;
        cells = new ImportFile.Cell[headers.size()];
    }

    private void startCell(@Nullable String reference, String cellType) {
        column = reference == null ? nextColumn : columnOf(reference);
        nextColumn = column + 1;
        type = cellType;
        formula = false;
        hasValue = false;
        inValue = false;
        inInlineText = false;
        inPhonetic = false;
        text.setLength(0);
        room = column < cells.length ? ImportFile.kept(limit()) : 0;
        overflow = false;
    }

    /** The most characters the current cell may hold: its column's, or a header's in the first row. */
    private int limit() {
        return row == 0 ? ImportFile.HEADER_MAX_CHARS : maxChars[column];
    }

    private void endCell() {
        if (column < cells.length && limit() > 0) {
            ImportFile.Cell cell = cell();
            cells[column] = cell;
            if (cell != null) {
                budget.spend(ImportBudget.CELL_OVERHEAD + 2L * (cell.value().text() == null ? 0 : cell.value().text().length()));
            }
        }
    }

    private ImportFile.@Nullable Cell cell() {
        String raw = text.toString();
        if (!hasValue) {
            return formula ? ImportFile.Cell.formulaWithoutValue() : null;
        }
        int limit = limit();
        return switch (type == null ? "n" : type) {
            case "s" -> {
                int index = overflow ? -1 : Integer.parseInt(raw.strip());
                yield ImportFile.Cell.text(sharedStrings.text(index), formula, sharedStrings.overflows(index), limit);
            }
            case "str", "inlineStr" -> ImportFile.Cell.text(CellText.decode(raw), formula, overflow, limit);
            case "d" -> ImportFile.Cell.text(raw, formula, overflow, limit);
            case "b" -> overflow ? ImportFile.Cell.tooLong(formula)
                    : ImportFile.Cell.bool("1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()), formula);
            case "e" -> formula ? ImportFile.Cell.formulaWithoutValue() : null;
            default -> overflow ? ImportFile.Cell.tooLong(formula)
                    : raw.isBlank() ? (formula ? ImportFile.Cell.formulaWithoutValue() : null)
                    : ImportFile.Cell.number(Double.parseDouble(raw.strip()), formula);
        };
    }

    private void endRow() {
        if (row == 0) {
            checkHeader(cells);
            return;
        }
        boolean blank = true;
        for (ImportFile.Cell cell : cells) {
            blank &= cell == null || cell.value().isEmpty();
        }
        if (blank) {
            if (stopAtBlankRow) {
                throw new EndOfTable();
            }
            return;
        }
        rows.add(reader.read(row + 1, new ImportFile.Cells(cells, maxChars)));
    }

    private void checkHeader(ImportFile.Cell[] header) {
        ImportFile.checkHeader(new ImportFile.Cells(header, maxChars), headers);
    }

    /** "AB12" → 27. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    static String name(@Nullable String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
