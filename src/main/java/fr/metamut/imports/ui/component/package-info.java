/** The pieces of the import pages: upload, preview grid, dry run then apply, the offerings template download. */
package fr.metamut.imports.ui.component;
