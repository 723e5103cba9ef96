/**
 * Gathers the workbook's data from the database for a logged-in user ({@code WorkbookService}), and the
 * headless {@code export} command that runs it without a web server ({@code ExportCommand}).
 */
package fr.metamut.workbook.service;
