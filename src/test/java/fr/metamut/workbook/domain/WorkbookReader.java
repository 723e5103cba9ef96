package fr.metamut.workbook.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back with POI's full (non-streaming) reader, as a user's Excel would open it. */
public final class WorkbookReader {

    private WorkbookReader() {
    }

    public static byte[] bytes(WorkbookContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CopilWorkbook.write(content, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The first row whose first cell is the given text. */
    public static Optional<Row> rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The first row where the given column holds the given text. */
    public static Optional<Row> rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    public static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null));
        return texts;
    }

    /** The solid fill of a cell as RRGGBB, or null. */
    public static String fill(Cell cell) {
        XSSFColor color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return color == null ? null : rgb(color);
    }

    public static String rgb(XSSFColor color) {
        return color.getARGBHex().substring(2);
    }
}
