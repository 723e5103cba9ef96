package fr.metamut.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A list page's main action: the primary "add" button for a user the service lets add, or, where the page says
 * so, a short note for the others that the page is read-only (so the missing button is explained, not just
 * absent). The service still decides: this only reflects its answer.
 */
public final class AddOrReadOnly {

    private AddOrReadOnly() {
    }

    /** The primary "add" button of a list page (the one way it looks: a plus icon, the primary colour). */
    public static Button addButton(String id, String label, Runnable add) {
        Button button = new Button(label, VaadinIcon.PLUS.create(), click -> add.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    /**
     * @param mayAdd       what the service says of the current user
     * @param addId        the button's id
     * @param addLabel     the button's translated label
     * @param add          what a click does
     * @param readOnlyId   the note's id
     * @param readOnlyText the note's translated text
     */
    public static Component create(boolean mayAdd, String addId, String addLabel, Runnable add, String readOnlyId,
                                   String readOnlyText) {
        if (mayAdd) {
            return addButton(addId, addLabel, add);
        }
        Span note = new Span(readOnlyText);
        note.setId(readOnlyId);
        note.addClassName("source");
        return note;
    }
}
