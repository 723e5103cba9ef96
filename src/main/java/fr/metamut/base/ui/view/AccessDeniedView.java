package fr.metamut.base.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import fr.metamut.base.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** A page the user's role does not open (said as such outside production): a French 403 inside the layout. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new ErrorPage("access-denied", "error.page.accessDenied.title",
                getTranslation("error.page.accessDenied.text")));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
