package fr.metamut.base.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import fr.metamut.base.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: the user reads a French apology with a short reference, and the log holds
 * the same reference with the stack trace, so that support finds one from the other.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = reference();
        LOG.error("Page /{} failed (reference {})", event.getLocation().getPath(), reference, parameter.getCaughtException());
        removeAll();
        add(new ErrorPage("server-error", "error.page.server.title",
                getTranslation("error.page.server.text", reference)));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    /** A short id a user can read out over the phone. */
    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
