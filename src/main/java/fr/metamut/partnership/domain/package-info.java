/** Partnership entities and their repository. */
@NullMarked
package fr.metamut.partnership.domain;

import org.jspecify.annotations.NullMarked;
