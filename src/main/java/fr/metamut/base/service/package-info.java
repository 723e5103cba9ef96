/**
 * Shared services: who the current user is ({@link fr.metamut.base.service.CurrentUser}), the names to
 * show for logins ({@link fr.metamut.base.service.PeopleDirectory}, implemented by the security feature), the
 * reference-data loader that runs every feature's {@link fr.metamut.base.service.ReferenceDataSeeder}
 * once on an empty database, the one reader of Envers history ({@link fr.metamut.base.service.EntityHistory}),
 * the reader of the reference CSV files
 * ({@link fr.metamut.base.service.ReferenceCsv}, which names the file and the column when one is missing), the translated
 * texts for services, mails and commands ({@link fr.metamut.base.service.Translations}, no Vaadin; the UI reads them
 * through Vaadin's provider), the interface of the jar's headless
 * commands ({@link fr.metamut.base.service.Command}, dispatched by {@code Application.main}), how a save
 * based on an outdated read is refused ({@link fr.metamut.base.service.StaleWrites}), how the application's own background work authenticates
 * ({@link fr.metamut.base.service.SystemCalls}), the one {@link java.time.Clock} (Europe/Paris, {@link fr.metamut.base.service.TimeConfiguration}), and the transaction
 * manager, which flushes before committing so that a refused write reaches the caller as the refusal itself.
 */
@NullMarked
package fr.metamut.base.service;

import org.jspecify.annotations.NullMarked;
