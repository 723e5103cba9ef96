package fr.metamut.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's contribution to the navigation bar (e.g. the notification bell): a Spring bean that
 * creates a fresh component for each layout, so the base layout needs no feature dependency.
 */
public interface NavbarItems {

    /** A new component for the current UI, or {@code null} when there is nothing to show. */
    Component create();
}
