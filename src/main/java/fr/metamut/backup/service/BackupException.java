package fr.metamut.backup.service;

import fr.metamut.base.domain.UserFacingException;

/** A backup or a restore that cannot be done, with why (a key of {@code i18n/backup_*.properties}). */
public class BackupException extends UserFacingException {

    public BackupException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
