package fr.metamut.swot.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Location;
import fr.metamut.swot.service.SwotItemActions.LinkedAction;
import java.util.List;

/**
 * The actions of the plan that serve one SWOT item: title (a link to the plan narrowed to the item's
 * actions), status, progress, a red mark when late; and, for those who may create actions, a button that opens
 * the plan on a new action already linked to the item.
 */
public class LinkedActionList extends Div {

    public LinkedActionList(long itemId, BoardActionPlan board) {
        setId("swot-actions-" + itemId);
        addClassName("swot-actions");
        List<LinkedAction> actions = board.actionsOf(itemId);
        if (!actions.isEmpty()) {
            Span heading = new Span(getTranslation("swot.actions.title"));
            heading.addClassName("swot-actions-title");
            UnorderedList list = new UnorderedList();
            list.addClassName("swot-actions-list");
            String planLink = board.plan().planLocation(itemId, false);
            actions.forEach(action -> list.add(item(action, planLink)));
            add(heading, list);
        }
        if (board.canCreate()) {
            Button add = new Button(getTranslation("swot.actions.add"), VaadinIcon.PLUS.create(),
                    click -> navigate(board.plan().planLocation(itemId, true)));
            add.setId("swot-add-action-" + itemId);
            add.addClassName("swot-add-action");
            add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            add(add);
        }
    }

    private ListItem item(LinkedAction action, String planLink) {
        Anchor title = new Anchor(planLink, action.title());
        title.addClassName("swot-action-title");
        Span status = new Span(getTranslation(action.statusKey()));
        status.addClassNames("tag", "swot-action-status");
        Span progress = new Span(getTranslation("swot.actions.progress", action.progress()));
        progress.addClassName("swot-action-progress");
        progress.getStyle().set("--progress-ratio", String.valueOf(action.progress() / 100.0));
        ListItem item = new ListItem(title, status, progress);
        item.setId("swot-action-" + action.id());
        item.addClassName("swot-action");
        if (action.done()) {
            item.addClassName("swot-action-done");
        }
        if (action.overdue()) {
            Span overdue = new Span(getTranslation("swot.actions.overdue"));
            overdue.addClassNames("tag", "swot-action-overdue-badge");
            item.addClassName("swot-action-overdue");
            item.add(overdue);
        }
        return item;
    }

    /** The plan's location carries its query string, which {@code UI.navigate(String)} would take as part of the path. */
    private void navigate(String location) {
        Location parsed = new Location(location);
        getUI().ifPresent(ui -> ui.navigate(parsed.getPath(), parsed.getQueryParameters()));
    }
}
