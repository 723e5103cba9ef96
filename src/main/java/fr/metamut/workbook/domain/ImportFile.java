package fr.metamut.workbook.domain;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a sheet of an uploaded file (the offerings, the action plan), defensively: size first, then the file's magic bytes
 * (an xlsx is a zip; a .xls or a text file is refused), then POI under tight zip-bomb limits. Values are
 * read, never computed: a formula cell gives its cached text, or an error when it has none.
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
        T read(int line, Row row);
    }

    /**
     * The data rows of any sheet whose first row holds {@code headers} (checked in order, case ignored):
     * blank rows are skipped, or end the table when {@code stopAtBlankRow} (a note may follow it).
     * Throws {@link ImportRejection} for a bad file.
     */
    public static <T> List<T> read(byte[] bytes, long maxBytes, String sheetName, List<String> headers,
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
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return rows(workbook, sheetName, headers, stopAtBlankRow, reader);
        } catch (ImportRejection e) {
            throw e;
        } catch (OutOfMemoryError e) {
            // a legitimate but very large sheet read whole: say so rather than calling it a zip bomb
            throw new ImportRejection("import.error.tooHeavy");
        } catch (Exception e) {
            throw new ImportRejection(isBomb(e) ? "import.error.zipBomb" : "import.error.notXlsx");
        }
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

    private static <T> List<T> rows(XSSFWorkbook workbook, String sheetName, List<String> headers,
                                    boolean stopAtBlankRow, RowReader<T> reader) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new ImportRejection("import.error.missingSheet", sheetName);
        }
        checkHeader(sheet.getRow(0), headers);
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw new ImportRejection("import.error.tooManyRows", MAX_ROWS);
        }
        List<T> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            boolean blank = row == null || java.util.stream.IntStream.range(0, headers.size())
                    .allMatch(column -> value(row.getCell(column)).isEmpty());
            if (blank) {
                if (stopAtBlankRow) {
                    break;
                }
                continue;
            }
            rows.add(reader.read(index + 1, row));
        }
        return rows;
    }

    private static ImportRow offeringRow(int line, Row row) {
        List<String> headers = OfferingsTemplate.HEADERS;
        String[] values = new String[headers.size()];
        ImportError error = null;
        for (int column = 0; column < headers.size(); column++) {
            try {
                values[column] = text(row.getCell(column));
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

    public static Value value(Cell cell) {
        if (cell == null) {
            return Value.EMPTY;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            // POI reports a formula never computed as a cached 0: only a stored <v> is a cached value
            if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x && !x.getCTCell().isSetV()) {
                return new Value(null, null, true);
            }
            type = cell.getCachedFormulaResultType();
            if (type == CellType.STRING && (cell.getStringCellValue() == null || cell.getStringCellValue().isEmpty())) {
                return new Value(null, null, true);
            }
            if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BOOLEAN) {
                return new Value(null, null, true);
            }
        }
        return switch (type) {
            case STRING -> new Value(blankToNull(cell.getStringCellValue()), null, false);
            case NUMERIC -> new Value(number(cell.getNumericCellValue()), cell.getNumericCellValue(), false);
            case BOOLEAN -> new Value(String.valueOf(cell.getBooleanCellValue()), null, false);
            default -> Value.EMPTY;
        };
    }

    private static void checkHeader(Row header, List<String> expected) {
        for (int column = 0; column < expected.size(); column++) {
            String found;
            try {
                found = header == null ? null : text(header.getCell(column));
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

    /** The text of a cell; a whole number as digits (a département code typed as 80). */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell.getCachedFormulaResultType() != CellType.STRING) {
                throw new FormulaWithoutText();
            }
            String cached = cell.getStringCellValue();
            if (cached == null || cached.isEmpty()) {
                throw new FormulaWithoutText();
            }
            return cached.strip();
        }
        return switch (type) {
            case STRING -> blankToNull(cell.getStringCellValue());
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
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
