package fr.metamut.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A component a feature adds to another feature's page (e.g. the workbook download on the coverage
 * page), without the page depending on that feature: a Spring bean that names the page's place and
 * creates a fresh component for each UI.
 */
public interface PageContribution {

    /** Where it goes, e.g. {@code "matrix-toolbar"}. */
    String place();

    Component create();
}
