package fr.metamut.base.domain;

import java.time.Instant;

/**
 * What a revision of the audited entities says about itself: when, and who. Implemented by the Envers revision
 * entity (in the audit feature), read by the one history reader ({@code base.service.EntityHistory}).
 */
public interface RevisionInfo {

    Instant getInstant();

    /** The login of whoever saved, or {@code null} for the application's own work. */
    String getUsername();
}
