/**
 * Gathers the workbook's data from the database for a logged-in user ({@code WorkbookService}), the
 * headless {@code export} command that runs it without a web server ({@code ExportCommand}), and the imports'
 * dry runs and applies ({@code OfferingsImportService}, {@code ActionPlanImportService}), at most a few at once
 * ({@code ImportSlots}).
 */
package fr.metamut.workbook.service;
