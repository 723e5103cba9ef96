/** The notification bell, and the e-mail preferences panel added to the "Mon compte" page. */
package fr.metamut.notification.ui.component;
