package fr.metamut.imports.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Why a row cannot be imported: the column concerned (a header title, or null) and a message key. */
public record ImportError(@Nullable String column, String messageKey, List<Object> arguments) {

    public static ImportError of(@Nullable String column, String messageKey, Object... arguments) {
        return new ImportError(column, messageKey, List.of(arguments));
    }
}
