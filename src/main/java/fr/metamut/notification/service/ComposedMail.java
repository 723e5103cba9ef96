package fr.metamut.notification.service;

/** A mail ready to send: its subject, and its body as plain text and as HTML (the same words). */
public record ComposedMail(String subject, String text, String html) {
}
