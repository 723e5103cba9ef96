/**
 * The coverage computation, in plain Java (no Spring, no Vaadin, no JPA) so it is unit-tested in
 * milliseconds and benchmarked directly: the matrix of operators per service and département, its
 * gap / doublon / demand states, the priority ranking, the reconciliation with the published table and
 * operator profiles. Inputs are small records copied from the database by the coverage service.
 */
@NullMarked
package fr.metamut.coverage.domain.matrix;

import org.jspecify.annotations.NullMarked;
