/** User accounts and their repository. */
package fr.metamut.security.domain;
