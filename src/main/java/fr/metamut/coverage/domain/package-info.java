/** Survey and report entities: unmet needs per département, survey facts, the published synthesis, interview insights. */
package fr.metamut.coverage.domain;
