package fr.metamut.base.service;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.UserFacingException;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * How a service refuses a save based on an outdated read: the form sends the version it showed, the
 * service compares it with the row, and writes before it returns (not at commit, after it), so that a
 * save that loses a race with another user's (both read the same version, the other committed first) is
 * the same refusal, "someone else changed it", whatever the timing, instead of a raw locking failure
 * escaping from the commit.
 */
public final class StaleWrites {

    private StaleWrites() {
    }

    /** Refuses when the row changed since the user read it at {@code expectedVersion}. */
    public static <E extends AbstractEntity> E requireVersion(E entity, long expectedVersion) {
        if (entity.getVersion() != expectedVersion) {
            throw new UserFacingException("error.staleData");
        }
        return entity;
    }

    /** Runs a write that reaches the database now (a flush); a concurrent change of the same row is refused. */
    public static <T> T now(Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("error.staleData");
        }
    }

    /** {@link #now(Supplier)} for a write without result. */
    public static void now(Runnable write) {
        now(() -> {
            write.run();
            return null;
        });
    }
}
