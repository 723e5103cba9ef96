package fr.metamut.swot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.swot.domain.SwotItemChanges.FieldChange;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SwotItemChangesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void names_each_changed_field_with_its_old_and_new_value() {
        SwotItem before = new SwotItem(Quadrant.WEAKNESS, 2, "Ancien titre", null);
        SwotItem after = new SwotItem(Quadrant.WEAKNESS, 2, "Ancien titre", null);
        after.edit(new SwotContent("Nouveau titre", "Précision", new SwotEvidence(null, null, 4L, null)), "moi", NOW);

        assertThat(SwotItemChanges.between(before, after)).containsExactly(
                new FieldChange(SwotField.TITLE, "Ancien titre", "Nouveau titre"),
                new FieldChange(SwotField.DESCRIPTION, null, "Précision"),
                new FieldChange(SwotField.EVIDENCE, null, new SwotEvidence(null, null, 4L, null).toString()));
    }

    @Test
    void a_move_shows_the_quadrant_and_position() {
        SwotItem before = new SwotItem(Quadrant.OPPORTUNITY, 5, "Titre", null);
        SwotItem after = new SwotItem(Quadrant.OPPORTUNITY, 5, "Titre", null);
        after.moveTo(Quadrant.THREAT, 3, "moi", NOW);

        assertThat(SwotItemChanges.between(before, after)).containsExactly(
                new FieldChange(SwotField.QUADRANT, "OPPORTUNITY", "THREAT"),
                new FieldChange(SwotField.POSITION, "5", "3"));
    }

    @Test
    void an_unchanged_item_has_no_changes() {
        assertThat(SwotItemChanges.between(new SwotItem(Quadrant.THREAT, 1, "T", null),
                new SwotItem(Quadrant.THREAT, 1, "T", null))).isEmpty();
    }
}
