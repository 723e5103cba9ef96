package fr.metamut.imports.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import files for the tests: a written template changed through POI. */
public final class OfferingsImportFiles {

    private OfferingsImportFiles() {
    }

    /** The template with {@code change} applied to it, as bytes. */
    public static byte[] edit(byte[] template, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            change.accept(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(org.apache.poi.ss.usermodel.Workbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Appends a data row to the sheet "Offres". */
    public static void addRow(XSSFWorkbook workbook, String operator, String service, String departement, String note) {
        var sheet = workbook.getSheet("Offres");
        var row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(operator);
        row.createCell(1).setCellValue(service);
        row.createCell(2).setCellValue(departement);
        if (note != null) {
            row.createCell(3).setCellValue(note);
        }
    }
}
