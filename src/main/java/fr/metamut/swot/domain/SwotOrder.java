package fr.metamut.swot.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the items in one quadrant. Every operation leaves positions 1..n without gaps or ties;
 * ties (two users adding at once) are broken by id, so the order is the same for everyone.
 */
public final class SwotOrder {

    private static final Comparator<SwotItem> BOARD_ORDER = Comparator.comparingInt(SwotItem::getPosition)
            .thenComparing(SwotItem::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    private SwotOrder() {
    }

    /** The items in board order, renumbered 1..n. */
    public static List<SwotItem> renumber(Collection<SwotItem> items) {
        List<SwotItem> ordered = new ArrayList<>(items);
        ordered.sort(BOARD_ORDER);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
        return ordered;
    }

    /**
     * Moves the item {@code delta} places (-1 up, +1 down) among the items of its quadrant, which include
     * it. Returns whether it moved: an item already first (or last) stays.
     */
    public static boolean shift(Collection<SwotItem> quadrant, SwotItem item, int delta) {
        List<SwotItem> ordered = renumber(quadrant);
        int from = ordered.indexOf(item);
        if (from < 0) {
            throw new IllegalArgumentException("The item is not in this quadrant");
        }
        int to = from + delta;
        if (to < 0 || to >= ordered.size()) {
            return false;
        }
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i + 1);
        }
        return true;
    }

    /** The position a new item takes at the end of the quadrant (whose items are renumbered). */
    public static int nextPosition(Collection<SwotItem> quadrant) {
        return renumber(quadrant).size() + 1;
    }
}
