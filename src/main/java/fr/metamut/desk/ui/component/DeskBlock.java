package fr.metamut.desk.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;

/**
 * One block of a desk: a title with its count, one line per item, or a calm sentence when there is
 * nothing to do. The list has the block's id + "-list"; each line the class {@code desk-line}.
 */
public class DeskBlock extends Div {

    public <T> DeskBlock(String id, String title, String emptyText, List<T> items, Function<T, Component[]> line) {
        setId(id);
        addClassName("desk-block");
        Span count = new Span(String.valueOf(items.size()));
        count.addClassName("desk-count");
        H3 heading = new H3(new Span(title), count);
        add(heading);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.addClassName("desk-empty");
            add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id + "-list");
        for (T item : items) {
            ListItem entry = new ListItem(line.apply(item));
            entry.addClassName("desk-line");
            list.add(entry);
        }
        add(list);
    }
}
