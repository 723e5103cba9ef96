package fr.metamut.base.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import fr.metamut.base.ui.MainLayout;
import fr.metamut.base.ui.UnexpectedErrors;
import jakarta.annotation.security.PermitAll;

/**
 * A page that failed to open: the user reads a French apology with a short reference, and the log holds
 * the same reference with the stack trace ({@link UnexpectedErrors#report}), so that support finds one from the other.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UnexpectedErrors.report("Page /" + event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new ErrorPage("server-error", "error.page.server.title",
                getTranslation("error.page.server.text", reference)));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
