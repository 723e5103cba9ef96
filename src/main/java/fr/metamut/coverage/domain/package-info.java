/** Survey and report entities: unmet needs per département, survey facts, the published synthesis, interview insights. */
@NullMarked
package fr.metamut.coverage.domain;

import org.jspecify.annotations.NullMarked;
