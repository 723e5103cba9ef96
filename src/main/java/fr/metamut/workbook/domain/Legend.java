package fr.metamut.workbook.domain;

/** The colour legend, shown under the matrix and on the summary sheet: as in the report, and "planned" as in the app. */
final class Legend {

    private Legend() {
    }

    static void write(SheetWriter out) {
        out.row().label("wb.legend.title", Look.SECTION);
        out.row().number(0, Look.COUNT_GAP).label("wb.legend.gap", Look.TEXT);
        out.row().number(2, Look.COUNT_DOUBLON).label("wb.legend.doublon", Look.TEXT);
        out.row().number(0, Look.COUNT_GAP_DEMAND).label("wb.legend.demand", Look.TEXT);
        out.row().count(0, Look.COUNT_GAP, true).label("wb.legend.planned", Look.TEXT);
        out.row().label("wb.legend.note", Look.NOTE);
    }
}
