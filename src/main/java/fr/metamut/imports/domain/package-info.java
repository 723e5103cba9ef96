/**
 * The imports' pure part, without Spring or Vaadin: reading an uploaded file, streamed and bounded
 * ({@link fr.metamut.imports.domain.ImportFile}, {@link fr.metamut.imports.domain.SheetRows},
 * {@link fr.metamut.imports.domain.SharedStringsPool}, {@link fr.metamut.imports.domain.MarkupGuard}), the
 * offerings template, and the two previews (dry runs): {@link fr.metamut.imports.domain.OfferingsImportPreview}
 * and {@link fr.metamut.imports.domain.ActionPlanImportPreview}.
 */
@NullMarked
package fr.metamut.imports.domain;

import org.jspecify.annotations.NullMarked;
