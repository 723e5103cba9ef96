/**
 * Workbook: the Excel workbook handed to the steering committee (COPIL). The layout is plain Java over Apache
 * POI's streaming writer ({@code domain}), the service gathers the data ({@code service}), and a download link
 * ({@code ui}) and a headless command ({@code java -jar metamut.jar export file.xlsx}) deliver it. Reading files
 * back is the {@code imports} feature's.
 */
package fr.metamut.workbook;
