package fr.metamut.imports.domain;

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
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sheet of an uploaded file (the offerings, the action plan), defensively: size first, then the file's
 * magic bytes (an xlsx is a zip; a .xls or a text file is refused), then the size of the parts POI reads whole,
 * then POI under tight zip-bomb limits, the shared strings and the sheet streamed ({@link SharedStringsPool},
 * {@link SheetRows}). Values are read, never computed: a formula cell gives its cached value, or an error when
 * it has none.
 *
 * <p>Memory is bounded whatever the file: each cell keeps at most what its column's limit needs (a longer
 * cell is marked too long, and the rest of its text is skipped as it streams by), markup is bounded
 * ({@link MarkupGuard}), and all that is kept is counted against {@link #MAX_HELD_BYTES}
 * ({@link ImportBudget}). See docs/workbook.md, "Limits".
 */
public final class ImportFile {

    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /** Largest uncompressed part of the zip: a 2 MB sheet of text stays far below. */
    public static final long MAX_ENTRY_SIZE = 50L * 1024 * 1024;
    public static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;
    public static final double MIN_INFLATE_RATIO = 0.01;
    public static final int MAX_ROWS = 20_000;
    /** Excel's own limit for a cell: the limit of a column no caller bounded more tightly. */
    public static final int DEFAULT_MAX_CHARS = 32_767;
    /** A header title longer than this cannot be one of ours. */
    public static final int HEADER_MAX_CHARS = 255;
    /** What the data read from one file may hold, estimated ({@link ImportBudget}): past it, the file is refused. */
    public static final long MAX_HELD_BYTES = 64L * 1024 * 1024;
    /**
     * Largest part that POI reads whole, as a DOM ([Content_Types].xml, relationships, workbook.xml, document
     * properties): a few kilobytes in real files.
     */
    public static final long MAX_WHOLE_PART_BYTES = 1024L * 1024;
    /** Longest tag, comment or instruction in a streamed part ({@link MarkupGuard}). */
    public static final int MAX_MARKUP_BYTES = 64 * 1024;

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
        return table(bytes, maxBytes, OfferingsTemplate.SHEET, OfferingsTemplate.HEADERS, OfferingsTemplate.MAX_CHARS,
                false, ImportFile::offeringRow).rows();
    }

    /**
     * How many characters of a cell are kept for a column holding at most {@code maxChars}: enough for the
     * longest legitimate text written with {@code _xHHHH_} escapes (7 characters each) and spaces around it.
     */
    static int kept(int maxChars) {
        return maxChars <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, 7L * maxChars + 64);
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

    /** As {@link #table(byte[], long, String, List, List, boolean, RowReader)}, every column up to Excel's limit. */
    public static <T> Table<T> table(byte[] bytes, long maxBytes, String sheetName, List<String> headers,
                                     boolean stopAtBlankRow, RowReader<T> reader) {
        return table(bytes, maxBytes, sheetName, headers, java.util.Collections.nCopies(headers.size(), DEFAULT_MAX_CHARS),
                stopAtBlankRow, reader);
    }

    /**
     * As {@link #read(byte[], long, String, List, boolean, RowReader)}, with the document's custom properties.
     * The sheet is streamed (SAX), never loaded whole, and the zip is read from a temporary file, entry by
     * entry, under POI's zip-bomb limits: memory stays flat whatever the number of rows.
     *
     * @param maxChars per column, the most characters a cell may hold (longer: the cell is marked
     *                 {@linkplain Cells#tooLong too long}); 0 for a column not read (computed, ignored)
     */
    public static <T> Table<T> table(byte @Nullable [] bytes, long maxBytes, String sheetName, List<String> headers,
                                     List<Integer> maxChars, boolean stopAtBlankRow, RowReader<T> reader) {
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
            checkWholeParts(file);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return new Table<>(rows(pkg, sheetName, headers, maxChars.stream().mapToInt(Integer::intValue).toArray(),
                        stopAtBlankRow, reader), properties(pkg));
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

    /**
     * POI reads some parts whole, as a DOM ([Content_Types].xml, relationships, workbook.xml, document
     * properties), which takes many times their size in memory: each must inflate to at most
     * {@link #MAX_WHOLE_PART_BYTES}. Sheets and shared strings are streamed, so only POI's entry limit applies.
     */
    private static void checkWholeParts(Path file) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                if (isReadWhole(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] buffer = new byte[8192];
                        long size = 0;
                        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                            size += read;
                            if (size > MAX_WHOLE_PART_BYTES) {
                                throw new ImportRejection("import.error.zipBomb");
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean isReadWhole(String name) {
        String part = name.startsWith("/") ? name.substring(1) : name;
        return part.equalsIgnoreCase("[Content_Types].xml") || part.endsWith(".rels")
                || part.equalsIgnoreCase("xl/workbook.xml") || part.startsWith("docProps/");
    }

    private static String apostrophes(String name) {
        return name.replace('\u2019', '\'');
    }

    private static <T> List<T> rows(OPCPackage pkg, String sheetName, List<String> headers, int[] maxChars,
                                    boolean stopAtBlankRow, RowReader<T> reader) throws Exception {
        XSSFReader xlsx = new XSSFReader(pkg);
        ImportBudget budget = new ImportBudget(MAX_HELD_BYTES);
        int longest = java.util.Arrays.stream(maxChars).max().orElse(0);
        SharedStringsPool strings = SharedStringsPool.read(pkg, kept(Math.max(longest, HEADER_MAX_CHARS)), budget);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xlsx.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = new MarkupGuard(sheets.next(), MAX_MARKUP_BYTES)) {
                // like Excel, a sheet name is found whatever its case; and whatever its apostrophe: workbooks
                // exported before the sheet names came from the bundles say "Plan d'actions", now "Plan d’actions"
                if (!apostrophes(sheets.getSheetName()).equalsIgnoreCase(apostrophes(sheetName))) {
                    continue;
                }
                SheetRows<T> handler = new SheetRows<>(headers, maxChars, stopAtBlankRow, reader, strings, budget);
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

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static <E extends Throwable> @Nullable E causeOf(Throwable e, Class<E> type) {
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
        ImportError error = row.lengthError(headers);
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
    public record Value(@Nullable String text, @Nullable Double number, boolean formulaWithoutValue) {

        static final Value EMPTY = new Value(null, null, false);

        public boolean isEmpty() {
            return text == null && number == null && !formulaWithoutValue;
        }
    }

    /**
     * A stored cell: its value, whether it is a formula's cached result that is text, and whether it was longer
     * than its column allows (then its value is the start of its text and "…", for the preview).
     */
    record Cell(@Nullable Value value, boolean formula, boolean textual, boolean tooLong) {

        static final String CUT = "…";

        static Cell formulaWithoutValue() {
            return new Cell(new Value(null, null, true), true, false, false);
        }

        /** A text, stripped; too long when cut while read ({@code overflow}) or longer than {@code maxChars}. */
        static @Nullable Cell text(String text, boolean formula, boolean overflow, int maxChars) {
            String stripped = blankToNull(text);
            if (overflow || stripped != null && stripped.length() > maxChars) {
                String start = stripped == null ? "" : stripped.substring(0, Math.min(maxChars, stripped.length()));
                return new Cell(new Value(start + CUT, null, false), formula, true, true);
            }
            return formula && stripped == null ? formulaWithoutValue()
                    : new Cell(new Value(stripped, null, false), formula, true, false);
        }

        /** A value cut while read, whose start means nothing (a number, a boolean). */
        static Cell tooLong(boolean formula) {
            return new Cell(new Value(CUT, null, false), formula, false, true);
        }

        static Cell number(double number, boolean formula) {
            return new Cell(new Value(ImportFile.number(number), number, false), formula, false, false);
        }

        static Cell bool(boolean value, boolean formula) {
            return new Cell(new Value(String.valueOf(value), null, false), formula, false, false);
        }
    }

    /** The cells of one row, by column index (0 = A), and the most characters each column may hold. */
    public static final class Cells {

        private final Cell[] cells;
        private final int[] maxChars;

        Cells(Cell[] cells, int[] maxChars) {
            this.cells = cells;
            this.maxChars = maxChars;
        }

        /** Whether the cell was longer than its column allows (its value is then cut, ending with "…"). */
        public boolean tooLong(int column) {
            Cell cell = column < cells.length ? cells[column] : null;
            return cell != null && cell.tooLong();
        }

        /**
         * The error of the first cell longer than its column allows, naming the column and its limit, or null:
         * "a cell longer than the field it feeds" is an error of its row.
         */
        public @Nullable ImportError lengthError(List<String> headers) {
            for (int column = 0; column < cells.length; column++) {
                if (tooLong(column)) {
                    return ImportError.of(headers.get(column), "import.error.tooLong", maxChars[column]);
                }
            }
            return null;
        }

        /** The cell's value as stored; {@link Value#EMPTY} for a missing cell or a column beyond the table. */
        public Value value(int column) {
            Cell cell = column < cells.length ? cells[column] : null;
            return cell == null ? Value.EMPTY : cell.value();
        }

        /** The cell's text; a whole number as digits (a département code typed as 80); a formula must cache text. */
        @Nullable String text(int column) {
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

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final class FormulaWithoutText extends RuntimeException {
        FormulaWithoutText() {
            super(null, null, false, false);
        }
    }
}
