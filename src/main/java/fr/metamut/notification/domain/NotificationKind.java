package fr.metamut.notification.domain;

/**
 * What a notification is about, as a user chooses how to hear of it (see {@link MailDelivery}): each message key
 * of the bell belongs to one kind. The workflow steps that are neither submissions nor decisions (taken for
 * review, back to draft, withdrawn, reopened) share {@link #OFFER_STEP}.
 */
public enum NotificationKind {
    SUBMITTED, DECIDED, CHANGES_REQUESTED, MENTION, ACTION_LATE, OFFER_STEP;

    /** The kind of a notification's message key; keys of no other kind are offer steps. */
    public static NotificationKind of(String messageKey) {
        return switch (messageKey) {
            case "notif.submitted", "notif.resubmitted" -> SUBMITTED;
            case "notif.decided.VALIDEE", "notif.decided.REFUSEE" -> DECIDED;
            case "notif.decided.MODIFICATIONS_DEMANDEES" -> CHANGES_REQUESTED;
            case "notif.mentioned" -> MENTION;
            case "notif.actionLate" -> ACTION_LATE;
            default -> OFFER_STEP;
        };
    }

    /** What a user gets before choosing: the steps between submission and decision come once a day. */
    public MailDelivery defaultDelivery() {
        return this == OFFER_STEP ? MailDelivery.DIGEST : MailDelivery.IMMEDIATE;
    }

    /** The translation key of its label (literal keys, so the translation check sees them). */
    public String labelKey() {
        return switch (this) {
            case SUBMITTED -> "mail.kind.SUBMITTED";
            case DECIDED -> "mail.kind.DECIDED";
            case CHANGES_REQUESTED -> "mail.kind.CHANGES_REQUESTED";
            case MENTION -> "mail.kind.MENTION";
            case ACTION_LATE -> "mail.kind.ACTION_LATE";
            case OFFER_STEP -> "mail.kind.OFFER_STEP";
        };
    }

    /** Who gets it, as the preferences page explains. */
    public String helpKey() {
        return labelKey() + ".help";
    }
}
