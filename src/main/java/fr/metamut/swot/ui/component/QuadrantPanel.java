package fr.metamut.swot.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.service.SwotCard;
import java.util.List;
import java.util.Locale;

/** One quadrant of the board: its name, how many items, the items in order, and an Add button. */
public class QuadrantPanel extends Div {

    private final Quadrant quadrant;
    private final Span count = new Span();
    private final Div items = new Div();
    private final boolean editable;
    private final SwotBoardActions actions;

    public QuadrantPanel(Quadrant quadrant, boolean editable, SwotBoardActions actions) {
        this.quadrant = quadrant;
        this.editable = editable;
        this.actions = actions;
        setId("swot-quadrant-" + quadrant.name());
        addClassNames("swot-quadrant", "swot-quadrant-" + quadrant.name().toLowerCase(Locale.ROOT));
        count.setId("swot-count-" + quadrant.name());
        count.addClassName("tag");
        Div header = new Div(new H3(getTranslation(quadrant.messageKey())), count);
        header.addClassName("swot-quadrant-header");
        if (editable) {
            Button add = new Button(getTranslation("swot.add"), VaadinIcon.PLUS.create(), click -> actions.addItem(quadrant));
            add.setId("swot-add-" + quadrant.name());
            add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            header.add(add);
        }
        items.setId("swot-list-" + quadrant.name());
        items.addClassName("swot-items");
        add(header, items);
    }

    public Quadrant quadrant() {
        return quadrant;
    }

    /** Shows the cards, naming who added or changed them by {@code names}. */
    public void show(List<SwotCard> cards, BoardActionPlan plan, DisplayNames names) {
        count.setText(getTranslation("swot.count", cards.size()));
        items.removeAll();
        for (int i = 0; i < cards.size(); i++) {
            items.add(new SwotItemCard(cards.get(i), i == 0, i == cards.size() - 1, editable, plan, names, actions));
        }
    }
}
