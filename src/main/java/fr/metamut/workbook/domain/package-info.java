/**
 * The workbook's layout, without Spring or Vaadin: {@link fr.metamut.workbook.domain.CopilWorkbook} writes the
 * committee's workbook, one {@link fr.metamut.workbook.domain.WorkbookSheet}
 * per sheet, written row by row through a {@link fr.metamut.workbook.domain.SheetWriter} that owns the
 * styles, the print setup and the rules for text cells ({@link fr.metamut.workbook.domain.CellText}: formula
 * injection, characters XML cannot hold). Takes plain data ({@link fr.metamut.workbook.domain.WorkbookContent}),
 * so it is unit-tested and benchmarked directly. Other features write their own sheets with the same kit (the
 * COPIL comparison, the import feature's offerings template), so every workbook Métamut hands out looks the same.
 */
@NullMarked
package fr.metamut.workbook.domain;

import org.jspecify.annotations.NullMarked;
