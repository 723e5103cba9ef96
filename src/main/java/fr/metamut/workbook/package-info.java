/**
 * Workbook: the Excel workbook handed to the steering committee (COPIL), and the two Excel round trips back
 * (the offerings template, the workbook's "Plan d'actions" sheet). The layout and the reading of uploaded files
 * are plain Java over Apache POI's streaming writer and SAX reading ({@code domain}), the services gather the
 * data, run the dry runs and apply them ({@code service}), and download links, the import pages
 * ({@code ui}) and a headless command ({@code java -jar metamut.jar export file.xlsx}) deliver them.
 */
package fr.metamut.workbook;
