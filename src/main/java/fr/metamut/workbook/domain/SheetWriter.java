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

/**
 * Writes one sheet top to bottom, as the streaming workbook requires (rows already flushed cannot be
 * revisited). Text goes through {@link RowWriter#text(String, Look)} only, which applies the
 * formula-injection rule of {@link CellText}.
 */
public final class SheetWriter {

    private static final int CHARACTER_WIDTH = 256;
    private static final float HEADER_HEIGHT = 30;
    private static final float LINE_HEIGHT = 15;
    /** Wrapped text takes a little more room than its length in characters. */
    private static final double WRAP_SLACK = 1.15;
    private static final double SIDE_MARGIN = 0.4;
    private static final double TOP_BOTTOM_MARGIN = 0.6;
    private static final double HEADER_FOOTER_MARGIN = 0.25;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private int next;

    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
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

    /** A header row: bold on a tinted fill, two lines high so that longer titles wrap instead of hiding. */
    public RowWriter header(List<String> titles) {
        RowWriter row = row(HEADER_HEIGHT);
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

    /** Index (0-based) of the row {@link #row()} will write next. */
    public int nextRow() {
        return next;
    }

    /** Column widths in characters, from column A. Set explicitly: the streaming sheet cannot autosize. */
    public void widths(int... characters) {
        for (int column = 0; column < characters.length; column++) {
            sheet.setColumnWidth(column, characters[column] * CHARACTER_WIDTH);
        }
    }

    /** Sets the same width on a run of columns (one per département, say). */
    public void sameWidth(int firstColumn, int count, int characters) {
        for (int column = firstColumn; column < firstColumn + count; column++) {
            sheet.setColumnWidth(column, characters * CHARACTER_WIDTH);
        }
    }

    /**
     * Makes rows {@code headerRow..lastRow} a data table: header frozen (with the first
     * {@code frozenColumns} columns), an autofilter, and the header repeated on every printed page.
     * A sheet holds one autofilter, so call this once per sheet.
     */
    public void dataTable(int headerRow, int lastRow, int lastColumn, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
    }

    /** Landscape, one page wide, page numbers in the footer: what a committee member prints. */
    void printSetup() {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_MARGIN);
        // &A, &P and &N are the sheet name, page number and page count fields of the header/footer language
        sheet.getHeader().setLeft("&A");
        sheet.getFooter().setRight("Page &P / &N");
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

        public RowWriter text(String value) {
            return text(value, Look.TEXT);
        }

        /**
         * The one way text reaches a cell: always a string cell, quote-prefixed when {@link CellText#isRisky},
         * written as {@link CellText#forCell}.
         */
        public RowWriter text(String value, Look look) {
            Cell cell = row.createCell(column++, CellType.STRING);
            if (value == null) {
                cell.setBlank();
                cell.setCellStyle(styles.get(look, false));
            } else {
                // as XML can hold it, and so that spreadsheets read back the very text (see CellText)
                cell.setCellValue(CellText.forCell(value));
                cell.setCellStyle(styles.get(look, CellText.isRisky(value)));
                if (look.spec.wrap) {
                    fitLines(value, cell.getColumnIndex());
                }
            }
            return this;
        }

        /** Raises the row to show wrapped text whole: the streaming sheet cannot measure it, so estimate. */
        private void fitLines(String value, int columnIndex) {
            int width = Math.max(1, sheet.getColumnWidth(columnIndex) / CHARACTER_WIDTH);
            int lines = (int) Math.ceil(value.length() * WRAP_SLACK / width);
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_HEIGHT));
        }

        public RowWriter integer(long value) {
            return number(value, Look.INTEGER);
        }

        public RowWriter number(double value, Look look) {
            Cell cell = row.createCell(column++, CellType.NUMERIC);
            cell.setCellValue(value);
            cell.setCellStyle(styles.get(look, false));
            return this;
        }

        /** A number, or an empty cell when there is none. */
        public RowWriter number(BigDecimal value, Look look) {
            return value == null ? blank() : number(value.doubleValue(), look);
        }

        /** A survey percentage given in points (17 for 17 %), stored as a fraction under a "0%" format. */
        public RowWriter percent(BigDecimal points) {
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
