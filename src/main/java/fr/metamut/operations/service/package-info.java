/** The readiness probe's own check: migrations applied and reference data loaded. */
@NullMarked
package fr.metamut.operations.service;

import org.jspecify.annotations.NullMarked;
