package fr.metamut.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's entry in the user menu of the main layout (e.g. "change my password"), above the logout
 * button: a Spring bean that creates a fresh component for each layout, so the layout needs no feature.
 */
public interface UserMenuItems {

    /** A new component for the current UI, or {@code null} when there is nothing to show. */
    Component create();
}
