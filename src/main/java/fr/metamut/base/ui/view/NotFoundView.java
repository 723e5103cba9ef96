package fr.metamut.base.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import fr.metamut.base.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/**
 * An unknown address, or a page the user may not open (in production Vaadin answers both alike, so as not
 * to tell an outsider which pages exist): a French 404 inside the layout.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new ErrorPage("not-found", "error.page.notFound.title",
                getTranslation("error.page.notFound.text", "/" + event.getLocation().getPath())));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
