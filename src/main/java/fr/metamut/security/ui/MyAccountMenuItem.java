package fr.metamut.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.metamut.base.ui.PageContribution;
import fr.metamut.security.ui.view.MyAccountView;

/** "Mon compte" in the user menu of the main layout: name, e-mail, password and e-mail notifications. */
@org.springframework.stereotype.Component
public class MyAccountMenuItem implements PageContribution {

    @Override
    public String place() {
        return USER_MENU;
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        Button account = new Button(ui.getTranslation("myaccount.title"), VaadinIcon.USER.create(),
                click -> ui.navigate(MyAccountView.class));
        account.setId("my-account");
        account.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return account;
    }
}
