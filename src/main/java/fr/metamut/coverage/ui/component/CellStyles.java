package fr.metamut.coverage.ui.component;

import fr.metamut.coverage.domain.matrix.CoverageCell;

/** The one place that turns a coverage cell into its look: orange gap, blue doublon, red demand marker. */
public final class CellStyles {

    private CellStyles() {
    }

    /** The translation key naming a state in legends. */
    public static String legendKey(fr.metamut.coverage.domain.matrix.CellState state) {
        return switch (state) {
            case GAP -> "legend.gap";
            case SINGLE -> "legend.single";
            case DOUBLON -> "legend.doublon";
        };
    }

    /** The CSS classes of a cell's badge: its state, and the demand marker when the survey asks for it. */
    public static String classes(CoverageCell cell) {
        return "cov-cell cov-" + cell.state().name().toLowerCase(java.util.Locale.ROOT)
                + (cell.demandWithoutOffer() ? " cov-demand" : "");
    }
}
