package fr.metamut.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one three-way merge, on versions made of two fields: a text and an amount. */
class ThreeWayMergeTest {

    record Version(String text, BigDecimal amount) {
    }

    enum F implements ThreeWayMerge.Field<Version> {
        TEXT, AMOUNT;

        @Override
        public Object valueIn(Version version) {
            return this == TEXT ? version.text() : version.amount();
        }
    }

    private static final Version BASE = new Version("base", new BigDecimal("100"));
    private static final List<F> FIELDS = List.of(F.values());

    @Test
    void a_field_i_did_not_change_keeps_the_current_value() {
        Version current = new Version("theirs", new BigDecimal("100"));

        ThreeWayMerge.Result<F> result = ThreeWayMerge.merge(FIELDS, BASE, current, BASE);

        assertThat(result.merged()).containsExactly(Map.entry(F.TEXT, "theirs"), Map.entry(F.AMOUNT, new BigDecimal("100")));
        assertThat(result.changed()).isEmpty();
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void a_field_only_i_changed_takes_mine_and_is_reported_changed() {
        Version current = new Version("base", new BigDecimal("150"));
        Version mine = new Version("mine", new BigDecimal("100"));

        ThreeWayMerge.Result<F> result = ThreeWayMerge.merge(FIELDS, BASE, current, mine);

        assertThat(result.merged()).containsEntry(F.TEXT, "mine").containsEntry(F.AMOUNT, new BigDecimal("150"));
        assertThat(result.changed()).containsExactly(F.TEXT);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void both_changing_a_field_differently_is_a_conflict_that_keeps_the_current_value() {
        Version current = new Version("theirs", new BigDecimal("100"));
        Version mine = new Version("mine", new BigDecimal("120"));

        ThreeWayMerge.Result<F> result = ThreeWayMerge.merge(FIELDS, BASE, current, mine);

        assertThat(result.conflicts()).containsExactly(F.TEXT);
        assertThat(result.merged()).containsEntry(F.TEXT, "theirs").containsEntry(F.AMOUNT, new BigDecimal("120"));
        assertThat(result.changed()).containsExactly(F.AMOUNT);
    }

    @Test
    void both_changing_a_field_to_the_same_value_is_no_conflict_and_no_change() {
        Version same = new Version("agreed", new BigDecimal("100"));

        ThreeWayMerge.Result<F> result = ThreeWayMerge.merge(FIELDS, BASE, same, same);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.changed()).isEmpty();
        assertThat(result.merged()).containsEntry(F.TEXT, "agreed");
    }

    @Test
    void amounts_are_compared_by_value_whatever_their_scale_and_null_is_a_value() {
        Version rescaled = new Version("base", new BigDecimal("100.00"));
        Version cleared = new Version(null, new BigDecimal("100"));

        assertThat(ThreeWayMerge.merge(FIELDS, BASE, BASE, rescaled).changed()).isEmpty();
        ThreeWayMerge.Result<F> result = ThreeWayMerge.merge(FIELDS, BASE, BASE, cleared);
        assertThat(result.changed()).containsExactly(F.TEXT);
        assertThat(result.merged()).containsEntry(F.TEXT, null);
    }
}
