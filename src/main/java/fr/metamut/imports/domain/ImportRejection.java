package fr.metamut.imports.domain;

import fr.metamut.base.domain.UserFacingException;

/** A whole file refused before any row is read (not an xlsx, too large, zip bomb, wrong columns). */
public class ImportRejection extends UserFacingException {

    public ImportRejection(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
