/**
 * Backup: copies of the database that can be restored. {@code java -jar metamut.jar backup FILE} and
 * {@code restore FILE} ({@code service.BackupCommand}, without the web application), and a daily backup inside
 * the running application ({@code service.ScheduledBackup}) kept a configurable number of days, run on one node
 * at a time through a ShedLock lock row ({@link fr.metamut.backup.BackupConfiguration}). H2 is copied as an SQL
 * script ({@code SCRIPT TO}, restored by {@code RUNSCRIPT FROM}), PostgreSQL by {@code pg_dump}/{@code pg_restore}.
 * See the README, "Backup and restore".
 */
package fr.metamut.backup;
