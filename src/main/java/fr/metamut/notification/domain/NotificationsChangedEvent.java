package fr.metamut.notification.domain;

import fr.metamut.base.domain.DataChangedEvent;

/** A user's notifications changed (new one, or read): their bell refreshes after commit. */
public record NotificationsChangedEvent(String recipient) implements DataChangedEvent {

    public static String topicOf(String username) {
        return "notifications/" + username;
    }

    @Override
    public String topic() {
        return topicOf(recipient);
    }
}
