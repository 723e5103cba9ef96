package fr.metamut.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.security.ui.view.ChangePasswordView;
import fr.metamut.security.ui.view.LoginView;
import org.springframework.stereotype.Component;

/**
 * After an administrator's reset, the user can do nothing but choose a new password: every navigation
 * leads to the password page. (The principal carries no role meanwhile, so role-guarded services refuse
 * too; this gate is what the user sees.)
 */
@Component
public class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    public PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        if (currentUser.get().map(AppUser::isPasswordChangeRequired).orElse(false)) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
