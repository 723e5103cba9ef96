package fr.metamut.imports.service;

import fr.metamut.base.domain.UserFacingException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many Excel imports (previews and applies, of both kinds) run at once in this server: at most
 * {@code metamut.import.max-concurrent}. One more waits up to {@code metamut.import.busy-wait} for a slot, then
 * is refused with "Trop d'imports en cours, réessayez dans un instant". Each import holds a bounded amount of
 * memory (see docs/workbook.md, "Limits"), so this bounds what imports take from the heap together.
 */
@Component
public class ImportSlots {

    private final Semaphore slots;
    private final Duration wait;

    public ImportSlots(@Value("${metamut.import.max-concurrent:2}") int maxConcurrent,
                       @Value("${metamut.import.busy-wait:3s}") Duration wait) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("metamut.import.max-concurrent must be at least 1");
        }
        this.slots = new Semaphore(maxConcurrent, true);
        this.wait = wait;
    }

    /** Runs {@code work} in a slot; throws {@link UserFacingException} {@code import.error.busy} when none frees up. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new UserFacingException("import.error.busy");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
