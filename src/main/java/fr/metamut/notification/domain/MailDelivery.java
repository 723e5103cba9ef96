package fr.metamut.notification.domain;

/** How a user hears by e-mail of a kind of notification: at once, in the daily digest, or not at all (the bell always). */
public enum MailDelivery {
    IMMEDIATE, DIGEST, NEVER;

    /** The translation key of its label (literal keys, so the translation check sees them). */
    public String labelKey() {
        return switch (this) {
            case IMMEDIATE -> "mail.delivery.IMMEDIATE";
            case DIGEST -> "mail.delivery.DIGEST";
            case NEVER -> "mail.delivery.NEVER";
        };
    }
}
