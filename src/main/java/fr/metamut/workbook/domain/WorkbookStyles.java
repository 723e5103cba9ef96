package fr.metamut.workbook.domain;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * One cell style per {@link Look}, plus its quote-prefixed twin for risky text (see {@link CellText}) and, for
 * counts, its "planned" twin (a thick green bottom border, as the app underlines planned cells).
 */
final class WorkbookStyles {

    private final Workbook workbook;
    private final Map<Look, CellStyle> plain = new EnumMap<>(Look.class);
    private final Map<Look, CellStyle> quoted = new EnumMap<>(Look.class);
    private final Map<Look, CellStyle> planned = new EnumMap<>(Look.class);

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        // the workbook's default font sets the unit of column widths: the same in Excel and LibreOffice
        org.apache.poi.ss.usermodel.Font standard = workbook.getFontAt(0);
        standard.setFontName(Look.FONT);
        standard.setFontHeightInPoints(Look.DEFAULT_SIZE);
    }

    CellStyle get(Look look, boolean quotePrefixed) {
        Map<Look, CellStyle> styles = quotePrefixed ? quoted : plain;
        return styles.computeIfAbsent(look, l -> create(l.spec, quotePrefixed, false));
    }

    CellStyle planned(Look look) {
        return planned.computeIfAbsent(look, l -> create(l.spec, false, true));
    }

    private CellStyle create(Look.Spec spec, boolean quotePrefixed, boolean plannedCell) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName(Look.FONT);
        font.setBold(spec.bold);
        font.setItalic(spec.italic);
        font.setFontHeightInPoints(spec.size);
        if (spec.font != null) {
            font.setColor(color(spec.font));
        }
        style.setFont(font);
        if (spec.fill != null) {
            style.setFillForegroundColor(color(spec.fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (spec.format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(spec.format));
        }
        if (spec.headerBorder) {
            style.setBorderBottom(BorderStyle.THIN);
        }
        if (spec.redBorder) {
            XSSFColor red = color(Look.RED);
            style.setBorderTop(BorderStyle.THICK);
            style.setBorderBottom(BorderStyle.THICK);
            style.setBorderLeft(BorderStyle.THICK);
            style.setBorderRight(BorderStyle.THICK);
            style.setTopBorderColor(red);
            style.setBottomBorderColor(red);
            style.setLeftBorderColor(red);
            style.setRightBorderColor(red);
        }
        if (plannedCell) {
            style.setBorderBottom(BorderStyle.THICK);
            style.setBottomBorderColor(color(Look.PLANNED));
        }
        if (spec.align != null) {
            style.setAlignment(spec.align);
        }
        style.setWrapText(spec.wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setQuotePrefixed(quotePrefixed);
        return style;
    }

    private static XSSFColor color(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb), null);
    }
}
