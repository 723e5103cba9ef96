/**
 * Gathers the workbook's data from the database for a logged-in user ({@code WorkbookService}); the sheets
 * other features add without the workbook depending on them ({@code WorkbookSupplement}, e.g. the COPIL
 * comparison); the warm-up that writes an empty workbook once the server is up ({@code WorkbookWarmUp}); and
 * the headless {@code export} command that runs the same without a web server ({@code ExportCommand}).
 */
@NullMarked
package fr.metamut.workbook.service;

import org.jspecify.annotations.NullMarked;
