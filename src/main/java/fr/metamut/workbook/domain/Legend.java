package fr.metamut.workbook.domain;

/**
 * The colour legend, shown under the matrix and on the summary sheet: as in the report, and "planned" as in the app.
 * Each line's text goes in the sheet's first column, the wide one, and a swatch of the colour beside it, in the
 * second (a département column on the matrix), so the text wraps over a few lines, not word by word.
 */
final class Legend {

    private Legend() {
    }

    static void write(SheetWriter out) {
        out.row().label("wb.legend.title", Look.SECTION);
        out.row().label("wb.legend.gap", Look.TEXT).number(0, Look.COUNT_GAP);
        out.row().label("wb.legend.doublon", Look.TEXT).number(2, Look.COUNT_DOUBLON);
        out.row().label("wb.legend.demand", Look.TEXT).number(0, Look.COUNT_GAP_DEMAND);
        out.row().label("wb.legend.planned", Look.TEXT).count(0, Look.COUNT_GAP, true);
        out.row().label("wb.legend.note", Look.NOTE);
    }
}
