package fr.metamut.notification.domain;

import java.util.List;

/** Notifications whose e-mail goes at once: sent after the commit that created them, never if it rolls back. */
public record MailRequested(List<Long> notificationIds) {
}
