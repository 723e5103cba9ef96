/**
 * Shared services: who the current user is ({@link fr.metamut.base.service.CurrentUser}), the names to
 * show for logins ({@link fr.metamut.base.service.PeopleDirectory}, implemented by the security feature), the
 * reference-data loader that runs every feature's {@link fr.metamut.base.service.ReferenceDataSeeder}
 * once on an empty database, a small CSV reader for the data files, and how a save based on an outdated
 * read is refused ({@link fr.metamut.base.service.StaleWrites}).
 */
package fr.metamut.base.service;
