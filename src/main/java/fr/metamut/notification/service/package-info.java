/**
 * Sending and reading notifications (only the recipient reads or marks their own), each user's e-mail preferences,
 * and the mail: written in French text and HTML ({@link fr.metamut.notification.service.MailComposer}), sent with
 * retries to the configured SMTP server ({@link fr.metamut.notification.service.MailTransport}), at once on mail
 * threads after commit ({@link fr.metamut.notification.service.ImmediateMails}) or in the daily digest
 * ({@link fr.metamut.notification.service.DailyDigest}).
 */
@NullMarked
package fr.metamut.notification.service;

import org.jspecify.annotations.NullMarked;
