package fr.metamut.imports.domain;

import org.jspecify.annotations.Nullable;

/**
 * One row of the imported sheet, as read: {@code line} is the Excel row number (1 for the header). A cell
 * that could not be read (a formula without a cached text, say) leaves {@code error} set.
 */
public record ImportRow(int line, String operator, String service, String departement, @Nullable String note,
                        @Nullable ImportError error) {

    public ImportRow withError(ImportError newError) {
        return new ImportRow(line, operator, service, departement, note, newError);
    }
}
