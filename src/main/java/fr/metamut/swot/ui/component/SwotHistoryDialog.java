package fr.metamut.swot.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.metamut.base.ui.Formats;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotItemChanges.FieldChange;
import fr.metamut.swot.service.SwotRevision;
import java.util.List;
import java.util.stream.Collectors;

/** An item's history, newest first: when, who, and what changed. */
public class SwotHistoryDialog extends Dialog {

    public SwotHistoryDialog(String itemTitle, List<SwotRevision> history) {
        setId("swot-history-dialog");
        setHeaderTitle(getTranslation("swot.history.title", itemTitle));
        setWidth("min(40rem, 95vw)");
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("swot.history.empty")));
        }
        UnorderedList list = new UnorderedList();
        list.setId("swot-history-list");
        list.addClassName("swot-history");
        for (SwotRevision revision : history) {
            Span when = new Span(getTranslation("swot.history.entry", Formats.dateTime(revision.at()),
                    revision.displayName() == null ? "?" : revision.displayName(),
                    getTranslation(revision.kind().messageKey())));
            when.addClassName("swot-history-when");
            ListItem entry = new ListItem(when);
            if (!revision.changes().isEmpty()) {
                Span what = new Span(revision.changes().stream().map(this::describe).collect(Collectors.joining(" · ")));
                what.addClassName("swot-history-what");
                entry.add(what);
            }
            list.add(entry);
        }
        add(list);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("swot-history-close");
        getFooter().add(close);
    }

    private String describe(FieldChange change) {
        return switch (change.field()) {
            case TITLE -> getTranslation("swot.change.title", change.before(), change.after());
            case DESCRIPTION -> getTranslation("swot.change.description");
            case QUADRANT -> getTranslation("swot.change.quadrant", quadrant(change.before()), quadrant(change.after()));
            case POSITION -> getTranslation("swot.change.position", change.before(), change.after());
            case EVIDENCE -> getTranslation("swot.change.evidence");
        };
    }

    private String quadrant(String name) {
        return name == null ? "" : getTranslation(Quadrant.valueOf(name).messageKey());
    }
}
