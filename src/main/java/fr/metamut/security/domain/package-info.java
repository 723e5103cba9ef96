/** User accounts and their repository; the temporary login locks that must survive a restart. */
package fr.metamut.security.domain;
