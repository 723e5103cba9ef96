/**
 * Imports: the two Excel round trips back into the application, the offerings template ({@code /import-offres})
 * and the workbook's "Plan d'actions" sheet ({@code /import-plan-actions}): upload, dry-run preview, apply in one
 * transaction through the features' services. Reads what the {@code workbook} feature writes (its sheet names,
 * headers and text rule), never the other way round.
 */
package fr.metamut.imports;
