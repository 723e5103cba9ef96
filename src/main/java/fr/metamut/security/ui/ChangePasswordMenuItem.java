package fr.metamut.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.metamut.base.ui.UserMenuItems;
import fr.metamut.security.ui.view.ChangePasswordView;

/** "Changer mon mot de passe" in the user menu of the main layout. */
@org.springframework.stereotype.Component
public class ChangePasswordMenuItem implements UserMenuItems {

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        Button change = new Button(ui.getTranslation("password.change"), VaadinIcon.KEY.create(),
                click -> ui.navigate(ChangePasswordView.class));
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return change;
    }
}
