/**
 * Backing up and restoring the database: {@code DatabaseDump} for H2 ({@code H2Dump}: SQL script) and PostgreSQL
 * ({@code PostgresDump}: pg_dump / pg_restore), the commands of the jar ({@code BackupCommand}), the daily backup
 * of the running application and its retention ({@code BackupService}, {@code ScheduledBackup}).
 */
@NullMarked
package fr.metamut.backup.service;

import org.jspecify.annotations.NullMarked;
