package fr.metamut.notification.ui.component;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fr.metamut.base.ui.Notifications;
import fr.metamut.notification.domain.MailDelivery;
import fr.metamut.notification.domain.NotificationKind;
import fr.metamut.notification.service.MailPreferenceService;
import java.util.Locale;
import java.util.Map;

/**
 * The user's e-mail preferences, one choice per kind of notification (at once, daily digest, never), each saved as
 * soon as it is chosen: nothing waits for a button, so nothing is lost by leaving the page.
 */
public class MailPreferencesPanel extends VerticalLayout {

    private final MailPreferenceService preferences;
    private boolean reverting;

    public MailPreferencesPanel(MailPreferenceService preferences) {
        this.preferences = preferences;
        setId("mail-preferences");
        setPadding(false);
        add(new H3(getTranslation("mail.preferences.title")));
        Paragraph intro = new Paragraph(getTranslation(preferences.mailEnabled() ? "mail.preferences.intro" : "mail.preferences.off"));
        intro.setId("mail-preferences-intro");
        add(intro);
        FormLayout form = new FormLayout();
        Map<NotificationKind, MailDelivery> mine = preferences.mine();
        for (NotificationKind kind : NotificationKind.values()) {
            form.add(choice(kind, mine.get(kind)));
        }
        add(form);
    }

    private Select<MailDelivery> choice(NotificationKind kind, MailDelivery current) {
        Select<MailDelivery> select = new Select<>();
        select.setId("mail-preference-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        select.setLabel(getTranslation(kind.labelKey()));
        select.setHelperText(getTranslation(kind.helpKey()));
        select.setItems(MailDelivery.values());
        select.setItemLabelGenerator(delivery -> getTranslation(delivery.labelKey()));
        select.setValue(current);
        select.addValueChangeListener(event -> {
            if (reverting || event.getValue() == null) {
                return;
            }
            if (Notifications.attempt(() -> preferences.choose(kind, event.getValue()))) {
                Notifications.success(getTranslation("mail.preferences.saved", getTranslation(kind.labelKey()),
                        getTranslation(event.getValue().labelKey())));
            } else {
                reverting = true;
                select.setValue(event.getOldValue());
                reverting = false;
            }
        });
        return select;
    }
}
