package fr.metamut.notification.domain;

/**
 * Where the e-mail of a notification stands. A notification without a status was not to be mailed (mail
 * switched off, or the recipient chose "never").
 */
public enum MailStatus {
    /** To be sent right after the commit that created it. */
    IMMEDIATE,
    /** Waiting for the recipient's next daily digest. */
    DIGEST,
    SENT,
    /** Given up: the recipient has no address or no active account, or the server refused it every time. */
    NOT_SENT
}
