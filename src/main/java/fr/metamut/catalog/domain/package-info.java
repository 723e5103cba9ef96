/** Catalogue entities and their repositories: départements, operators, families, services, offerings. */
package fr.metamut.catalog.domain;
