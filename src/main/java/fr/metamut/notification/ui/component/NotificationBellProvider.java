package fr.metamut.notification.ui.component;

import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.ui.PageContribution;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.notification.service.NotificationService;

/** Puts a notification bell in the navigation bar of every logged-in user. */
@org.springframework.stereotype.Component
public class NotificationBellProvider implements PageContribution {

    private final NotificationService notifications;
    private final ChangeFeed feed;
    private final CurrentUser currentUser;

    public NotificationBellProvider(NotificationService notifications, ChangeFeed feed, CurrentUser currentUser) {
        this.notifications = notifications;
        this.feed = feed;
        this.currentUser = currentUser;
    }

    @Override
    public String place() {
        return NAVBAR;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return currentUser.get().map(user -> (com.vaadin.flow.component.Component)
                new NotificationBell(notifications, feed, user.getUsername())).orElse(null);
    }
}
