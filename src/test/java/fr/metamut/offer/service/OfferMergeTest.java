package fr.metamut.offer.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an open editor does with someone else's save, field by field: show it, or hold it beside the field. */
class OfferMergeTest {

    private static final OfferContent BASE = OfferContent.empty().with(OfferField.TITLE, "Titre")
            .with(OfferField.SUMMARY, "Résumé").with(OfferField.BUDGET_TOTAL, new BigDecimal("120000"));

    @Test
    void a_field_the_user_did_not_touch_shows_their_value_and_its_base_moves_on() {
        OfferContent current = BASE.with(OfferField.SUMMARY, "Leur résumé");
        OfferMerge.Incoming in = OfferMerge.incoming(BASE, current, BASE, Set.of());
        assertThat(in.show()).containsExactly(OfferField.SUMMARY);
        assertThat(in.hold()).isEmpty();
        assertThat(in.base()).isEqualTo(current);
    }

    @Test
    void a_field_the_user_typed_in_or_is_in_is_held_and_keeps_its_old_base() {
        OfferContent current = BASE.with(OfferField.SUMMARY, "Leur résumé").with(OfferField.BUDGET_TOTAL, new BigDecimal("150000"));
        OfferContent mine = BASE.with(OfferField.SUMMARY, "Mon résumé");
        OfferMerge.Incoming in = OfferMerge.incoming(BASE, current, mine, Set.of(OfferField.BUDGET_TOTAL));
        assertThat(in.show()).isEmpty();
        assertThat(in.hold()).containsExactlyInAnyOrder(OfferField.SUMMARY, OfferField.BUDGET_TOTAL);
        assertThat(in.base()).as("saving over them is a conflict").isEqualTo(BASE);
    }

    @Test
    void the_same_value_typed_on_both_sides_is_nothing_to_hold() {
        OfferContent current = BASE.with(OfferField.TITLE, "Même titre");
        OfferMerge.Incoming in = OfferMerge.incoming(BASE, current, current, Set.of(OfferField.TITLE));
        assertThat(in.show()).isEmpty();
        assertThat(in.hold()).isEmpty();
        assertThat(in.base()).isEqualTo(current);
    }

    @Test
    void an_amount_is_the_same_whatever_its_scale() {
        OfferContent current = BASE.with(OfferField.BUDGET_TOTAL, new BigDecimal("120000.00"));
        assertThat(OfferMerge.incoming(BASE, current, BASE, Set.of()).show()).isEmpty();
    }
}
