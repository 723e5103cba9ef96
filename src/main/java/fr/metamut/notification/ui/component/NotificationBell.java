package fr.metamut.notification.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import fr.metamut.base.ui.Formats;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.collaboration.ui.component.LiveRefresh;
import fr.metamut.notification.domain.Notification;
import fr.metamut.notification.domain.NotificationsChangedEvent;
import fr.metamut.notification.service.NotificationService;

/** The bell: the unread count, live; a click lists the latest notifications and marks them read. */
public class NotificationBell extends Div {

    private final NotificationService notifications;
    private final Span count = new Span();
    private final Div list = new Div();

    public NotificationBell(NotificationService notifications, ChangeFeed feed, String username) {
        this.notifications = notifications;
        setId("notification-bell");
        addClassName("notification-bell");
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.setAriaLabel(getTranslation("notif.title"));
        count.setId("notification-count");
        count.addClassName("notification-count");
        list.setId("notification-list");
        list.addClassName("notification-list");
        Popover popover = new Popover();
        popover.setTarget(bell);
        // the bell sits at the right edge of the navbar: opened below it, the popover had only the few
        // pixels right of the bell and squeezed the list into an unreadable strip
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(26rem, 90vw)");
        popover.add(list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                open();
            }
        });
        add(bell, count, popover);
        refresh();
        LiveRefresh.bind(this, feed, NotificationsChangedEvent.topicOf(username), this::refresh);
    }

    /** Lists the latest notifications and marks them read. */
    public void open() {
        list.removeAll();
        var latest = notifications.mine();
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notif.none")));
        }
        for (Notification n : latest) {
            String text = getTranslation(n.getMessageKey(), (Object[]) n.getArguments().split(NotificationService.SEPARATOR, -1));
            Div item = new Div(n.getLink() == null ? new Span(text) : new Anchor(n.getLink(), text),
                    new Span(Formats.dateTime(n.getCreatedAt())));
            item.addClassNames("notification-item", n.isRead() ? "read" : "unread");
            list.add(item);
        }
        notifications.markAllRead();
    }

    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
    }
}
