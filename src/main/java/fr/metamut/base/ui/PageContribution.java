package fr.metamut.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Objects;

/**
 * The one way a feature adds a component to a place it does not own, without that place depending on the
 * feature: a Spring bean that names the place and creates a fresh component for each UI. Places: the main
 * layout's navigation bar ({@link #NAVBAR}, e.g. the notification bell) and user menu ({@link #USER_MENU},
 * e.g. "Mon compte"), and the places pages declare (e.g. the matrix page's toolbar, where the workbook
 * download goes).
 */
public interface PageContribution {

    /** The navigation bar of every page, right of the menu toggle. */
    String NAVBAR = "navbar";
    /** The user card of the menu, above the logout button. */
    String USER_MENU = "user-menu";

    /** Where it goes, e.g. {@link #NAVBAR} or {@code "matrix-toolbar"}. */
    String place();

    /** A new component for the current UI, or {@code null} when there is nothing to show (e.g. nobody logged in). */
    Component create();

    /** New components of the contributions to {@code place}, in the beans' order, without the empty ones. */
    static List<Component> createAll(List<PageContribution> contributions, String place) {
        return contributions.stream().filter(c -> c.place().equals(place)).map(PageContribution::create)
                .filter(Objects::nonNull).toList();
    }
}
