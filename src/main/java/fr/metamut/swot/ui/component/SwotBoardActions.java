package fr.metamut.swot.ui.component;

import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotItem;

/** What the board's buttons ask the page to do. */
public interface SwotBoardActions {

    void addItem(Quadrant quadrant);

    void editItem(SwotItem item);

    void moveItem(SwotItem item, int delta);

    void moveItemTo(SwotItem item, Quadrant target);

    void removeItem(SwotItem item);

    void showHistory(SwotItem item);
}
