package fr.metamut.base.ui.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.metamut.base.ui.component.ViewHeader;

/** The body of an error page: a title, what happened in plain words, and the way back home. */
class ErrorPage extends VerticalLayout {

    ErrorPage(String id, String titleKey, String text) {
        setId(id);
        addClassName("error-page");
        Anchor home = new Anchor("", getTranslation("error.page.home"));
        home.setId("error-home");
        add(new ViewHeader(getTranslation(titleKey)), new Paragraph(text), home);
    }
}
