package fr.metamut.notification.ui.component;

import com.vaadin.flow.component.Component;
import fr.metamut.base.ui.PageContribution;
import fr.metamut.notification.service.MailPreferenceService;
import fr.metamut.security.ui.view.MyAccountView;

/** Puts the e-mail notification preferences on the "Mon compte" page. */
@org.springframework.stereotype.Component
public class MailPreferencesContribution implements PageContribution {

    private final MailPreferenceService preferences;

    public MailPreferencesContribution(MailPreferenceService preferences) {
        this.preferences = preferences;
    }

    @Override
    public String place() {
        return MyAccountView.CONTRIBUTIONS;
    }

    @Override
    public Component create() {
        return new MailPreferencesPanel(preferences);
    }
}
