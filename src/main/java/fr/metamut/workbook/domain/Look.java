package fr.metamut.workbook.domain;

import fr.metamut.coverage.domain.matrix.CellState;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.jspecify.annotations.Nullable;

/**
 * The few cell looks the workbook uses, so every sheet shares one set of styles (a workbook holds at
 * most 64,000) and one meaning per colour: orange gap, blue doublon, red border for demand without offer.
 */
public enum Look {
    TITLE(spec().bold().size(16).font(Look.NAVY)),
    SUBTITLE(spec().size(12).font(Look.GREY)),
    SECTION(spec().bold().size(12).font(Look.NAVY)),
    HEADER(spec().bold().fill(Look.HEADER_FILL).headerBorder().wrap().align(HorizontalAlignment.CENTER)),
    LABEL(spec().bold()),
    /** Data: wrapped inside its column, so nothing is cut when printed. */
    TEXT(spec().wrap()),
    /** A heading row inside a table (a family of services). */
    GROUP(spec().bold().fill(Look.GROUP_FILL).font(Look.NAVY)),
    NOTE(spec().italic().font(Look.GREY)),
    NOTE_WRAPPED(spec().italic().font(Look.GREY).wrap()),
    INTEGER(spec().format("0")),
    INTEGER_BOLD(spec().format("0").bold()),
    THOUSANDS(spec().format("#,##0")),
    DECIMAL(spec().format("0.0")),
    SIGNED(spec().format("+0;-0;0").align(HorizontalAlignment.CENTER)),
    PERCENT(spec().format("0%")),
    /** Centred: a date beside a right-aligned number (a budget) would otherwise print against it. */
    DATE(spec().format("dd/mm/yyyy").align(HorizontalAlignment.CENTER)),
    COUNT_GAP(spec().format("0").fill(Look.ORANGE).align(HorizontalAlignment.CENTER)),
    COUNT_DOUBLON(spec().format("0").fill(Look.BLUE).align(HorizontalAlignment.CENTER)),
    COUNT_GAP_DEMAND(spec().format("0").fill(Look.ORANGE).bold().redBorder().align(HorizontalAlignment.CENTER)),
    COUNT(spec().format("0").align(HorizontalAlignment.CENTER)),
    OVERDUE(spec().bold().font(Look.RED).wrap()),
    DATE_OVERDUE(spec().format("dd/mm/yyyy").bold().font(Look.RED).align(HorizontalAlignment.CENTER)),
    DONE(spec().fill(Look.GREEN).wrap());

    /** Gap (no operator): the report's orange. */
    public static final String ORANGE = "F28C28";
    /** Doublon (two operators or more): the report's blue; dark text on it stays readable (contrast 5:1). */
    public static final String BLUE = "3B82C4";
    /** Demand without offer: the red border. */
    public static final String RED = "C00000";
    /** Action done: a pale green. */
    public static final String GREEN = "C6EFCE";
    /** Planned (a validated joint offer addresses the cell): the app's green underline, as a thick bottom border. */
    public static final String PLANNED = "059669";
    static final String HEADER_FILL = "D9E1F2";
    static final String GROUP_FILL = "EDEDED";
    static final String NAVY = "1F3864";
    static final String GREY = "595959";

    final Spec spec;

    Look(Spec spec) {
        this.spec = spec;
    }

    /** How a (service, département) count is shown: orange gap, blue doublon, red border when demanded. */
    public static Look of(CoverageCell cell) {
        if (cell.demandWithoutOffer()) {
            return COUNT_GAP_DEMAND;
        }
        return switch (cell.state()) {
            case GAP -> COUNT_GAP;
            case DOUBLON -> COUNT_DOUBLON;
            case SINGLE -> COUNT;
        };
    }

    /** A count cell marked as planned as well: a validated joint offer addresses it. */
    public boolean countable() {
        return this == COUNT || this == COUNT_GAP || this == COUNT_DOUBLON || this == COUNT_GAP_DEMAND;
    }

    /**
     * How a region-wide count is shown: orange when nobody offers the service anywhere. Several operators
     * in different départements are not a doublon, so the region is never blue.
     */
    public static Look ofRegion(CoverageCell cell) {
        return cell.state() == CellState.DOUBLON ? COUNT : of(cell);
    }

    private static Spec spec() {
        return new Spec();
    }

    /** Arial: Excel's own, and LibreOffice renders it with the metric-equal Liberation Sans (same widths). */
    static final String FONT = "Arial";
    static final short DEFAULT_SIZE = 10;

    /** What a look sets on a style; read by {@link WorkbookStyles}. */
    static final class Spec {
        boolean bold;
        boolean italic;
        short size = DEFAULT_SIZE;
        @Nullable String font;
        @Nullable String fill;
        @Nullable String format;
        boolean headerBorder;
        boolean redBorder;
        boolean wrap;
        @Nullable HorizontalAlignment align;

        Spec bold() {
            bold = true;
            return this;
        }

        Spec italic() {
            italic = true;
            return this;
        }

        Spec size(int points) {
            size = (short) points;
            return this;
        }

        Spec font(String rgb) {
            font = rgb;
            return this;
        }

        Spec fill(String rgb) {
            fill = rgb;
            return this;
        }

        Spec format(String pattern) {
            format = pattern;
            return this;
        }

        Spec headerBorder() {
            headerBorder = true;
            return this;
        }

        Spec redBorder() {
            redBorder = true;
            return this;
        }

        Spec wrap() {
            wrap = true;
            return this;
        }

        Spec align(HorizontalAlignment alignment) {
            align = alignment;
            return this;
        }
    }
}
