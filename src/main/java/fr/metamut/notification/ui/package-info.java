/** The bell in the navigation bar, and the e-mail preferences on "Mon compte". */
package fr.metamut.notification.ui;
