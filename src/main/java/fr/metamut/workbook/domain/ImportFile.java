package fr.metamut.workbook.domain;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a sheet of an uploaded file (the offerings, the action plan), defensively: size first, then the file's
 * magic bytes (an xlsx is a zip; a .xls or a text file is refused), then POI under tight zip-bomb limits, the
 * sheet streamed row by row ({@link SheetRows}). Values are read, never computed: a formula cell gives its
 * cached value, or an error when it has none.
 */
public final class ImportFile {

    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /** Largest uncompressed part of the zip: a 2 MB sheet of text stays far below. */
    public static final long MAX_ENTRY_SIZE = 50L * 1024 * 1024;
    public static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;
    public static final double MIN_INFLATE_RATIO = 0.01;
    public static final int MAX_ROWS = 20_000;

    private ImportFile() {
    }

    /** Tight POI limits against zip bombs; global to POI, so set once and idempotent. */
    public static void secure() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }

    /** The data rows of the sheet "Offres", blank rows skipped; throws {@link ImportRejection} for a bad file. */
    public static List<ImportRow> read(byte[] bytes, long maxBytes) {
        return read(bytes, maxBytes, OfferingsTemplate.SHEET, OfferingsTemplate.HEADERS, false, ImportFile::offeringRow);
    }

    /** Turns one sheet row (never blank) into what the import works on. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(int line, Cells row);
    }

    /** The data rows of a sheet and the file's custom document properties (e.g. when it was exported). */
    public record Table<T>(List<T> rows, Map<String, String> properties) {
    }

    /**
     * The data rows of any sheet whose first row holds {@code headers} (checked in order, case ignored):
     * blank rows are skipped, or end the table when {@code stopAtBlankRow} (a note may follow it).
     * Throws {@link ImportRejection} for a bad file.
     */
    public static <T> List<T> read(byte[] bytes, long maxBytes, String sheetName, List<String> headers,
                                   boolean stopAtBlankRow, RowReader<T> reader) {
        return table(bytes, maxBytes, sheetName, headers, stopAtBlankRow, reader).rows();
    }

    /**
     * As {@link #read(byte[], long, String, List, boolean, RowReader)}, with the document's custom properties.
     * The sheet is streamed (SAX), never loaded whole, and the zip is read from a temporary file, entry by
     * entry, under POI's zip-bomb limits: memory stays flat whatever the number of rows.
     */
    public static <T> Table<T> table(byte[] bytes, long maxBytes, String sheetName, List<String> headers,
                                     boolean stopAtBlankRow, RowReader<T> reader) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportRejection("import.error.empty");
        }
        if (bytes.length > maxBytes) {
            throw new ImportRejection("import.error.tooLarge", maxBytes / 1024);
        }
        if (magic(bytes) != FileMagic.OOXML) {
            throw new ImportRejection("import.error.notXlsx");
        }
        secure();
        Path file = null;
        try {
            file = Files.createTempFile("metamut-import-", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return new Table<>(rows(pkg, sheetName, headers, stopAtBlankRow, reader), properties(pkg));
            }
        } catch (ImportRejection e) {
            throw e;
        } catch (OutOfMemoryError e) {
            // a legitimate but very heavy file: say so rather than calling it a zip bomb
            throw new ImportRejection("import.error.tooHeavy");
        } catch (Exception e) {
            ImportRejection rejection = causeOf(e, ImportRejection.class);
            if (rejection != null) {
                throw rejection;
            }
            throw new ImportRejection(isBomb(e) ? "import.error.zipBomb" : "import.error.notXlsx");
        } finally {
            delete(file);
        }
    }

    private static <T> List<T> rows(OPCPackage pkg, String sheetName, List<String> headers, boolean stopAtBlankRow,
                                    RowReader<T> reader) throws Exception {
        XSSFReader xlsx = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xlsx.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                // like Excel, a sheet name is found whatever its case
                if (!sheets.getSheetName().equalsIgnoreCase(sheetName)) {
                    continue;
                }
                SheetRows<T> handler = new SheetRows<>(headers, stopAtBlankRow, reader,
                        index -> strings.getItemAt(index).getString());
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                try {
                    parser.parse(new InputSource(sheet));
                } catch (SheetRows.EndOfTable end) {
                    // the table ended at a blank row
                } catch (SAXException e) {
                    if (causeOf(e, SheetRows.EndOfTable.class) == null) {
                        throw e;
                    }
                }
                return handler.rows();
            }
        }
        throw new ImportRejection("import.error.missingSheet", sheetName);
    }

    private static Map<String, String> properties(OPCPackage pkg) {
        Map<String, String> properties = new HashMap<>();
        try {
            for (var property : new POIXMLProperties(pkg).getCustomProperties().getUnderlyingProperties().getPropertyList()) {
                if (property.isSetLpwstr()) {
                    properties.put(property.getName(), property.getLpwstr());
                }
            }
        } catch (Exception e) {
            // properties are a hint (the export's time); a file without readable ones is still a file
        }
        return Map.copyOf(properties);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static <E extends Throwable> E causeOf(Throwable e, Class<E> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof SAXException sax && sax.getException() != null && type.isInstance(sax.getException())) {
                return type.cast(sax.getException());
            }
        }
        return null;
    }

    private static FileMagic magic(byte[] bytes) {
        try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            return FileMagic.UNKNOWN;
        }
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("zipsecurefile")
                    || message.contains("inflate") || message.contains("text size")) {
                return true;
            }
        }
        return false;
    }

    private static ImportRow offeringRow(int line, Cells row) {
        List<String> headers = OfferingsTemplate.HEADERS;
        String[] values = new String[headers.size()];
        ImportError error = null;
        for (int column = 0; column < headers.size(); column++) {
            try {
                values[column] = row.text(column);
            } catch (FormulaWithoutText e) {
                if (error == null) {
                    error = ImportError.of(headers.get(column), "import.error.formula");
                }
            }
        }
        return new ImportRow(line, values[0], values[1], values[2], values[3], error);
    }

    /**
     * A cell as read, never computed: its text (strings, and numbers as digits), its number (numbers,
     * dates as Excel serials), or, for a formula without a cached result, {@code formulaWithoutValue}.
     */
    public record Value(String text, Double number, boolean formulaWithoutValue) {

        static final Value EMPTY = new Value(null, null, false);

        public boolean isEmpty() {
            return text == null && number == null && !formulaWithoutValue;
        }
    }

    /** A stored cell: its value and whether it is a formula's cached result that is text. */
    record Cell(Value value, boolean formula, boolean textual) {

        static Cell formulaWithoutValue() {
            return new Cell(new Value(null, null, true), true, false);
        }

        static Cell text(String text, boolean formula) {
            String stripped = blankToNull(text);
            return formula && stripped == null ? formulaWithoutValue() : new Cell(new Value(stripped, null, false), formula, true);
        }

        static Cell number(double number, boolean formula) {
            return new Cell(new Value(ImportFile.number(number), number, false), formula, false);
        }

        static Cell bool(boolean value, boolean formula) {
            return new Cell(new Value(String.valueOf(value), null, false), formula, false);
        }
    }

    /** The cells of one row, by column index (0 = A). */
    public static final class Cells {

        private final Cell[] cells;

        Cells(Cell[] cells) {
            this.cells = cells;
        }

        /** The cell's value as stored; {@link Value#EMPTY} for a missing cell or a column beyond the table. */
        public Value value(int column) {
            Cell cell = column < cells.length ? cells[column] : null;
            return cell == null ? Value.EMPTY : cell.value();
        }

        /** The cell's text; a whole number as digits (a département code typed as 80); a formula must cache text. */
        String text(int column) {
            Cell cell = column < cells.length ? cells[column] : null;
            if (cell == null) {
                return null;
            }
            if (cell.formula() && (cell.value().formulaWithoutValue() || !cell.textual())) {
                throw new FormulaWithoutText();
            }
            return cell.value().text();
        }
    }

    static void checkHeader(Cells header, List<String> expected) {
        for (int column = 0; column < expected.size(); column++) {
            String found;
            try {
                found = header.text(column);
            } catch (FormulaWithoutText e) {
                found = null;
            }
            if (found == null || !found.strip().equalsIgnoreCase(expected.get(column))) {
                throw new ImportRejection("import.error.header", columnLetter(column), expected.get(column),
                        found == null ? "" : found.strip());
            }
        }
    }

    static String columnLetter(int column) {
        return column < 26 ? String.valueOf((char) ('A' + column))
                : String.valueOf((char) ('A' + column / 26 - 1)) + (char) ('A' + column % 26);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final class FormulaWithoutText extends RuntimeException {
        FormulaWithoutText() {
            super(null, null, false, false);
        }
    }
}
