package fr.metamut.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page with a title: the view says its title once ({@link #viewTitle()}, translated, as its header shows it)
 * and the browser tab reads "title · Métamut" (the application's name alone while the title is empty), for
 * every page the same way.
 */
public interface TitledView extends HasDynamicTitle {

    /** The page's own title, translated; empty when there is none yet (e.g. before its record is loaded). */
    String viewTitle();

    /** Provided by every component: the views that implement this interface are components. */
    String getTranslation(String key, Object... params);

    @Override
    default String getPageTitle() {
        String title = viewTitle();
        String application = getTranslation("app.name");
        return title == null || title.isBlank() ? application : title + " · " + application;
    }
}
