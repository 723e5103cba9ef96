package fr.metamut.actionplan.service;

import fr.metamut.actionplan.domain.ActionStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One saved state of an action, from its Envers history: who (login, and the name to show), when, and the
 * values it then had.
 */
public record ActionRevision(Instant at, @Nullable String username, @Nullable String displayName, boolean creation, String title,
                             String ownerName, @Nullable LocalDate dueDate, ActionStatus status, int progress) {
}
