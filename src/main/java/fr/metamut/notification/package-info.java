/**
 * Notifications: submissions, decisions, change requests, mentions and late actions, in the bell with an unread
 * count, and by e-mail as each user chose per kind (at once after the commit, in a daily digest, or never) when an
 * SMTP server is set. See the README, "Mail".
 */
package fr.metamut.notification;
