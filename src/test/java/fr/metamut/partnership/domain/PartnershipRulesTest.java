package fr.metamut.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.partnership.domain.PartnershipRules.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipRulesTest {

    @Test
    void a_complete_partnership_breaks_no_rule() {
        assertThat(PartnershipRules.check(content("Plateforme", List.of(1L, 2L), null, null))).isEmpty();
        assertThat(PartnershipRules.check(content("Plateforme", List.of(1L, 2L, 3L), LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 1, 1)))).isEmpty();
    }

    @Test
    void at_least_two_distinct_parties() {
        assertThat(keys(content("P", List.of(1L), null, null))).containsExactly("partnership.error.parties");
        assertThat(keys(content("P", List.of(), null, null))).containsExactly("partnership.error.parties");
        assertThat(keys(content("P", List.of(1L, 1L), null, null))).containsExactly("partnership.error.duplicateParty");
    }

    @Test
    void the_end_is_not_before_the_start() {
        assertThat(keys(content("P", List.of(1L, 2L), LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1))))
                .containsExactly("partnership.error.endBeforeStart");
        assertThat(PartnershipRules.periodIsValid(null, LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(PartnershipRules.periodIsValid(LocalDate.of(2022, 1, 1), null)).isTrue();
    }

    @Test
    void a_name_is_required_and_texts_have_a_maximum_length() {
        assertThat(keys(content(" ", List.of(1L, 2L), null, null))).containsExactly("partnership.error.nameRequired");
        List<Violation> tooLong = PartnershipRules.check(content("x".repeat(Partnership.NAME_MAX_LENGTH + 1),
                List.of(1L, 2L), null, null));
        assertThat(tooLong).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("name");
            assertThat(v.arguments()).containsExactly(Partnership.NAME_MAX_LENGTH);
        });
        assertThat(keys(new PartnershipContent("P", PartnershipType.AUTRE, PartnershipStatus.ACTIVE,
                "d".repeat(Partnership.DESCRIPTION_MAX_LENGTH + 1), null, null, null, List.of(1L, 2L), List.of(), List.of())))
                .containsExactly("partnership.error.tooLong");
    }

    private static List<String> keys(PartnershipContent content) {
        return PartnershipRules.check(content).stream().map(Violation::messageKey).toList();
    }

    private static PartnershipContent content(String name, List<Long> operators, LocalDate start, LocalDate end) {
        return new PartnershipContent(name, PartnershipType.CONVENTION, PartnershipStatus.ACTIVE, null, start, end, null,
                operators, List.of(), List.of());
    }
}
