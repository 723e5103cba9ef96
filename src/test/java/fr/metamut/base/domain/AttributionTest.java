package fr.metamut.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-03-02T15:30:00Z");

    @Test
    void a_new_row_names_its_creator_and_no_change_yet() {
        Attribution attribution = Attribution.createdBy("alice", CREATED);

        assertThat(attribution.getCreatedBy()).isEqualTo("alice");
        assertThat(attribution.getCreatedAt()).isEqualTo(CREATED);
        assertThat(attribution.getUpdatedBy()).isNull();
        assertThat(attribution.getUpdatedAt()).isNull();
    }

    @Test
    void a_change_keeps_the_creation_and_leaves_the_original_value_untouched() {
        Attribution created = Attribution.createdBy("alice", CREATED);

        Attribution changed = created.changedBy("bob", CHANGED);

        assertThat(changed.getCreatedBy()).isEqualTo("alice");
        assertThat(changed.getCreatedAt()).isEqualTo(CREATED);
        assertThat(changed.getUpdatedBy()).isEqualTo("bob");
        assertThat(changed.getUpdatedAt()).isEqualTo(CHANGED);
        assertThat(created).isEqualTo(Attribution.createdBy("alice", CREATED));
    }

    @Test
    void a_report_row_changed_by_a_user_has_a_changer_but_no_creator() {
        Attribution changed = Attribution.orNone(null).changedBy("bob", CHANGED);

        assertThat(changed.getCreatedBy()).isNull();
        assertThat(changed.getCreatedAt()).isNull();
        assertThat(changed.getUpdatedBy()).isEqualTo("bob");
        assertThat(Attribution.NONE.getUpdatedBy()).isNull();
    }

    @Test
    void every_change_names_a_user_and_an_instant() {
        assertThatThrownBy(() -> Attribution.createdBy(null, CREATED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Attribution.createdBy("alice", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Attribution.NONE.changedBy(null, CHANGED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Attribution.NONE.changedBy("bob", null)).isInstanceOf(NullPointerException.class);
    }
}
