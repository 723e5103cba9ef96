package fr.metamut.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.UserFacingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** At most so many imports at once; one more is told to try again, and a slot frees whatever the outcome. */
class ImportSlotsTest {

    private final ImportSlots slots = new ImportSlots(1, Duration.ZERO);

    @Test
    void an_import_while_every_slot_is_taken_is_refused_with_the_busy_message() {
        String outcome = slots.run(() -> {
            assertThatThrownBy(() -> slots.run(() -> "second")).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.getMessageKey()).isEqualTo("import.error.busy"));
            return "first";
        });

        assertThat(outcome).isEqualTo("first");
        assertThat(slots.run(() -> "after")).as("the slot is free again").isEqualTo("after");
    }

    @Test
    void a_failed_import_frees_its_slot() {
        assertThatThrownBy(() -> slots.run(() -> {
            throw new IllegalStateException("échec");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void at_least_one_slot_is_required() {
        assertThatThrownBy(() -> new ImportSlots(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
