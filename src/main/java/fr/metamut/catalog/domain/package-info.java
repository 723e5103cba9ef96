/** Catalogue entities and their repositories: départements, operators, families, services, offerings. */
@NullMarked
package fr.metamut.catalog.domain;

import org.jspecify.annotations.NullMarked;
