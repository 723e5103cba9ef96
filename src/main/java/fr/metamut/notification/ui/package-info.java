/** The bell in the navigation bar. */
package fr.metamut.notification.ui;
