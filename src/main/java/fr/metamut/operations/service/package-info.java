/** The readiness probe's own check: migrations applied and reference data loaded. */
package fr.metamut.operations.service;
