package fr.metamut.workbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Writes one sheet top to bottom, as the streaming workbook requires (rows already flushed cannot be
 * revisited). Text goes through {@link RowWriter#text(String, Look)} only, which applies the
 * formula-injection rule of {@link CellText}. A streaming writer cannot measure text, and LibreOffice does not fit
 * rows to wrapped text when it opens a file: each row's height is estimated from its texts, their columns' widths
 * and their font size, on the generous side (the font is Arial, which LibreOffice renders with the metric-equal
 * Liberation Sans, so the estimate holds in both programs). The print setup ({@link #finishPrint}) follows the
 * column widths the sheet set.
 */
public final class SheetWriter {

    private static final int CHARACTER_WIDTH = 256;
    /** A column of n characters is 7n + 5 pixels at 96 dpi (Calibri 11, the default font). */
    private static final int PIXELS_PER_CHARACTER = 7;
    private static final int COLUMN_PADDING_PIXELS = 5;
    /** A4 landscape less the side margins, in pixels at 96 dpi, with 3 % to spare for font differences. */
    private static final double PRINTABLE_PIXELS = (11.69 - 2 * 0.4) * 96 * 0.97;
    /** The smallest print scale: below it the text is too small to read; a wider sheet prints on more pages. */
    public static final int MIN_SCALE = 60;
    /** Characters of Arial 10 text that fit in a column n characters wide (digits are the widest). */
    private static final double CHARACTERS_PER_WIDTH = 1.1;
    /** A line of text is 1.25 times its font size high, in points, plus a little room. */
    private static final double LINE_SPACING = 1.25;
    private static final float ROW_PADDING = 3;
    private static final double SIDE_MARGIN = 0.4;
    private static final double TOP_BOTTOM_MARGIN = 0.6;
    private static final double HEADER_FOOTER_MARGIN = 0.25;
    /** The height of an A4 landscape page, in inches. */
    private static final double A4_SHORT_SIDE = 8.27;
    private static final double POINTS_PER_INCH = 72;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final Labels labels;
    private final java.util.Map<Integer, Integer> widths = new java.util.TreeMap<>();
    private int next;
    private int frozenColumns;

    SheetWriter(Sheet sheet, WorkbookStyles styles, Labels labels) {
        this.sheet = sheet;
        this.styles = styles;
        this.labels = labels;
    }

    /** The sheet's texts (see {@link Labels}). */
    public String label(String key, Object... arguments) {
        return labels.text(key, arguments);
    }

    /** Starts the next row. */
    public RowWriter row() {
        return new RowWriter(sheet.createRow(next++));
    }

    /** Starts the next row with a set height, for a large font (the streaming sheet cannot measure it). */
    public RowWriter row(float heightInPoints) {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(heightInPoints);
        return new RowWriter(row);
    }

    /** A header row: bold on a tinted fill; longer titles wrap. */
    public RowWriter header(List<String> titles) {
        RowWriter row = row();
        titles.forEach(title -> row.text(title, Look.HEADER));
        return row;
    }

    public RowWriter header(String... titles) {
        return header(List.of(titles));
    }

    /** Leaves rows empty. */
    public void skip(int rows) {
        next += rows;
    }

    /**
     * Prints the next row at the top of a new page unless {@code lines} more lines of text still fit on the page so
     * far (from the rows' heights as set, at the sheet's print scale): a table after a summary keeps its title and
     * header with its rows, and a short one stays on the summary's page.
     */
    public void newPageUnlessItFits(int lines) {
        if (next == 0) {
            return;
        }
        double page = (A4_SHORT_SIDE - 2 * TOP_BOTTOM_MARGIN) * POINTS_PER_INCH * 100 / printScale();
        double used = 0;
        for (int index = 0; index < next; index++) {
            Row row = sheet.getRow(index);
            used += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        if (lines * sheet.getDefaultRowHeightInPoints() > page - used % page) {
            sheet.setRowBreak(next - 1);
        }
    }

    /** Index (0-based) of the row {@link #row()} will write next. */
    public int nextRow() {
        return next;
    }

    /** Column widths in characters, from column A. Set explicitly: the streaming sheet cannot autosize. */
    public void widths(int... characters) {
        for (int column = 0; column < characters.length; column++) {
            width(column, characters[column]);
        }
    }

    /** Sets the same width on a run of columns (one per département, say). */
    public void sameWidth(int firstColumn, int count, int characters) {
        for (int column = firstColumn; column < firstColumn + count; column++) {
            width(column, characters);
        }
    }

    private void width(int column, int characters) {
        sheet.setColumnWidth(column, characters * CHARACTER_WIDTH);
        widths.put(column, characters);
    }

    /** The print scale (percent) at which the columns fill the width of an A4 landscape page, 60 at least. */
    public int printScale() {
        double pixels = widths.values().stream()
                .mapToDouble(c -> c * PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS).sum();
        int fit = pixels == 0 ? 100 : (int) Math.floor(100 * PRINTABLE_PIXELS / pixels);
        return Math.max(MIN_SCALE, Math.min(100, fit));
    }

    /**
     * Makes rows {@code headerRow..lastRow} a data table: header frozen (with the first
     * {@code frozenColumns} columns), an autofilter, and the header repeated on every printed page.
     * A sheet holds one autofilter, so call this once per sheet.
     */
    public void dataTable(int headerRow, int lastRow, int lastColumn, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        this.frozenColumns = frozenColumns;
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
        repeatRows(headerRow);
    }

    /** Repeats a header row (0-based) at the top of every printed page of the sheet (one such row per sheet). */
    public void repeatRows(int headerRow) {
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
    }

    /** Locks the sheet against edits (a reference list the reader should not change). */
    public void protect(String password) {
        sheet.protectSheet(password);
    }

    /**
     * A4 landscape at the scale where the columns fill the page's width (never below {@link #MIN_SCALE}: a wider
     * sheet continues on further pages, its frozen columns repeated), the sheet's name and the workbook's title
     * in the header, the export date and "Page n / N" in the footer: what a committee member prints.
     */
    void finishPrint(String exportDate) {
        sheet.setFitToPage(false);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        int scale = printScale();
        print.setScale((short) scale);
        if (scale == MIN_SCALE && frozenColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, frozenColumns - 1));
        }
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_MARGIN);
        // &A, &P and &N are the sheet name, page number and page count fields of the header/footer language
        sheet.getHeader().setLeft("&A");
        sheet.getHeader().setRight(headerFooterText(labels.text("wb.print.header")));
        sheet.getFooter().setLeft(headerFooterText(labels.text("wb.print.exported", exportDate)));
        sheet.getFooter().setRight(headerFooterText(labels.text("wb.print.page", "&P", "&N")));
    }

    /** A text for the header or footer, where "&" starts a field: a literal one is doubled (fields are passed as is). */
    private static String headerFooterText(String text) {
        return text.replaceAll("&(?![PNAD])", "&&");
    }

    /** Writes the cells of one row from left to right. */
    public final class RowWriter {

        private final Row row;
        private int column;

        private RowWriter(Row row) {
            this.row = row;
        }

        /** Moves to a column (0-based), leaving the ones skipped empty. */
        public RowWriter at(int target) {
            column = target;
            return this;
        }

        public RowWriter text(@Nullable String value) {
            return text(value, Look.TEXT);
        }

        /**
         * The one way text reaches a cell: always a string cell, quote-prefixed when {@link CellText#isRisky},
         * written as {@link CellText#forCell}.
         */
        public RowWriter text(@Nullable String value, Look look) {
            Cell cell = row.createCell(column++, CellType.STRING);
            if (value == null) {
                cell.setBlank();
                cell.setCellStyle(styles.get(look, false));
            } else {
                // as XML can hold it, and so that spreadsheets read back the very text (see CellText)
                cell.setCellValue(CellText.forCell(value));
                cell.setCellStyle(styles.get(look, CellText.isRisky(value)));
                fit(value, look, cell.getColumnIndex());
            }
            return this;
        }

        /** Raises the row to show the text whole: its lines, wrapped at its column's width when the look wraps. */
        private void fit(String value, Look look, int columnIndex) {
            int capacity = (int) Math.max(1, sheet.getColumnWidth(columnIndex) / CHARACTER_WIDTH * CHARACTERS_PER_WIDTH
                    * (look.spec.bold ? 0.9 : 1));
            int lines = 0;
            for (String paragraph : value.split("\n", -1)) {
                lines += look.spec.wrap ? Math.max(1, (int) Math.ceil(paragraph.length() / (double) capacity)) : 1;
            }
            float height = (float) (lines * look.spec.size * LINE_SPACING) + ROW_PADDING;
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), height));
        }

        /** A label of the sheet (see {@link Labels}) in a cell. */
        public RowWriter label(String key, Look look) {
            return text(labels.text(key), look);
        }

        public RowWriter integer(long value) {
            return number(value, Look.INTEGER);
        }

        /** A count of operators, marked as planned (green underline) when a validated joint offer addresses it. */
        public RowWriter count(int value, Look look, boolean planned) {
            if (!planned || !look.countable()) {
                return number(value, look);
            }
            Cell cell = row.createCell(column++, CellType.NUMERIC);
            cell.setCellValue(value);
            cell.setCellStyle(styles.planned(look));
            return this;
        }

        public RowWriter number(double value, Look look) {
            Cell cell = row.createCell(column++, CellType.NUMERIC);
            cell.setCellValue(value);
            cell.setCellStyle(styles.get(look, false));
            return this;
        }

        /** A number, or an empty cell when there is none. */
        public RowWriter number(@Nullable BigDecimal value, Look look) {
            return value == null ? blank() : number(value.doubleValue(), look);
        }

        /** A survey percentage given in points (17 for 17 %), stored as a fraction under a "0%" format. */
        public RowWriter percent(@Nullable BigDecimal points) {
            return points == null ? blank() : number(points.doubleValue() / 100, Look.PERCENT);
        }

        /** A real Excel date (a serial number) with the French dd/mm/yyyy format. */
        public RowWriter date(LocalDate value) {
            return date(value, Look.DATE);
        }

        /** A real Excel date with the given date look (e.g. {@link Look#DATE_OVERDUE}). */
        public RowWriter date(LocalDate value, Look look) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(styles.get(look, false));
            return this;
        }

        public RowWriter blank() {
            column++;
            return this;
        }
    }
}
