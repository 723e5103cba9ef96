/** Attributable history: Hibernate Envers revisions stamped with the user who made them. */
package fr.metamut.audit;
