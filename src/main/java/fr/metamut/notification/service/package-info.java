/** Sending and reading notifications; only the recipient reads or marks their own. */
package fr.metamut.notification.service;
