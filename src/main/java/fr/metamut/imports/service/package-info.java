/**
 * The imports' dry runs and applies ({@code OfferingsImportService}, {@code ActionPlanImportService}), at most a
 * few at once ({@code ImportSlots}); an import applied is published as an {@code AuditEvent}.
 */
@NullMarked
package fr.metamut.imports.service;

import org.jspecify.annotations.NullMarked;
