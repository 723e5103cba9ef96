/** In-app notifications: submissions, decisions, change requests and mentions, with an unread count. */
package fr.metamut.notification;
