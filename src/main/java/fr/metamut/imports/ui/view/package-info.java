/**
 * The two import pages: the offerings ({@code /import-offres}: template download, upload, preview, apply) and the
 * action plan ({@code /import-plan-actions}: workbook download, upload, preview, apply).
 */
package fr.metamut.imports.ui.view;
