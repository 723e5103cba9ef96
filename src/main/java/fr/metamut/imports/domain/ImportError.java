package fr.metamut.imports.domain;

import java.util.List;

/** Why a row cannot be imported: the column concerned (a header title, or null) and a message key. */
public record ImportError(String column, String messageKey, List<Object> arguments) {

    public static ImportError of(String column, String messageKey, Object... arguments) {
        return new ImportError(column, messageKey, List.of(arguments));
    }
}
