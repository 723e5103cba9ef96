/** The offerings import page: template download, upload, dry-run preview and one-transaction apply. */
package fr.metamut.workbook.ui.view;
