/**
 * Workbook: the Excel workbook handed to the steering committee (COPIL). The layout is plain Java over
 * Apache POI's streaming writer ({@code domain}), the service gathers the data from the database
 * ({@code service}), and a download link ({@code ui.component}) and a headless command
 * ({@code java -jar metamut.jar export file.xlsx}) deliver it.
 */
package fr.metamut.workbook;
