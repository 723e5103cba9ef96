/** The Envers revision entity (who, when). */
package fr.metamut.audit.domain;
