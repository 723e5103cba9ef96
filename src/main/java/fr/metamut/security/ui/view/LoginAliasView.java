package fr.metamut.security.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.metamut.base.service.CurrentUser;

/**
 * {@code /login}, the address people bookmark and guess: the login page for a visitor, home for someone
 * logged in. Without it Spring Security kept {@code /login} as the page to return to after logging in, and
 * the user ended on an error page.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginAliasView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public LoginAliasView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
        } else {
            event.forwardTo(LoginView.class);
        }
    }
}
