package fr.metamut.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The top of a page: its title ({@code h2}) and, on the same line, the page's main tools (buttons,
 * contributions from other features). Every page starts with one, so titles look and read the same everywhere.
 */
public class ViewHeader extends HorizontalLayout {

    private final H2 title;

    public ViewHeader(String title, Component... tools) {
        this.title = new H2(title);
        addClassName("view-header");
        setWidthFull();
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(this.title);
        add(tools);
    }

    /** An id for the title itself, for pages whose heading tests or links look up. */
    public ViewHeader withTitleId(String id) {
        title.setId(id);
        return this;
    }

    public void setTitle(String text) {
        title.setText(text);
    }
}
