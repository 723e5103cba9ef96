/** The notification bell component. */
package fr.metamut.notification.ui.component;
