/** Notification entity and repository. */
package fr.metamut.notification.domain;
