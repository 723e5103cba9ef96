package fr.metamut.offer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of an offer's content as a table: (field, value) → the problem on that field, or none. */
class OfferRulesTest {

    private static final long LEAD = 1L;
    private static final long PARTNER = 2L;
    private static final long OUTSIDER = 3L;

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(OfferField.TITLE, "", OfferField.TITLE, "offer.error.titleRequired"),
                Arguments.of(OfferField.TITLE, "   ", OfferField.TITLE, "offer.error.titleRequired"),
                Arguments.of(OfferField.TITLE, "x".repeat(200), null, null),
                Arguments.of(OfferField.TITLE, "x".repeat(201), OfferField.TITLE, "form.error.tooLong"),
                Arguments.of(OfferField.TITLE, "x".repeat(2000), OfferField.TITLE, "form.error.tooLong"),
                Arguments.of(OfferField.SUMMARY, "x".repeat(4001), OfferField.SUMMARY, "form.error.tooLong"),
                Arguments.of(OfferField.BENEFITS, "x".repeat(4001), OfferField.BENEFITS, "form.error.tooLong"),
                Arguments.of(OfferField.BUDGET_TOTAL, new BigDecimal("-5"), OfferField.BUDGET_TOTAL, "offer.error.budget"),
                Arguments.of(OfferField.BUDGET_TOTAL, new BigDecimal("1.555"), OfferField.BUDGET_TOTAL, "offer.error.budget"),
                Arguments.of(OfferField.BUDGET_TOTAL, new BigDecimal("1000000000000"), OfferField.BUDGET_TOTAL, "offer.error.budget"),
                Arguments.of(OfferField.BUDGET_TOTAL, new BigDecimal("1.50"), null, null),
                Arguments.of(OfferField.BUDGET_TOTAL, new BigDecimal("0"), null, null),
                Arguments.of(OfferField.END_DATE, LocalDate.of(2026, 12, 31), OfferField.END_DATE, "offer.error.dates"),
                Arguments.of(OfferField.END_DATE, LocalDate.of(2027, 1, 1), null, null),
                Arguments.of(OfferField.MILESTONES, List.of(new Milestone(" ", LocalDate.of(2027, 2, 1))),
                        OfferField.MILESTONES, "offer.error.milestone"),
                Arguments.of(OfferField.MILESTONES, List.of(new Milestone("x".repeat(201), null)),
                        OfferField.MILESTONES, "offer.error.milestone"),
                Arguments.of(OfferField.BUDGET_SHARES, Set.of(new BudgetShare(PARTNER, new BigDecimal("130000"))),
                        OfferField.BUDGET_SHARES, "offer.error.sharesExceedTotal"),
                Arguments.of(OfferField.BUDGET_SHARES, Set.of(new BudgetShare(PARTNER, new BigDecimal("-1"))),
                        OfferField.BUDGET_SHARES, "offer.error.share"),
                Arguments.of(OfferField.BUDGET_SHARES, Set.of(new BudgetShare(OUTSIDER, BigDecimal.TEN)),
                        OfferField.BUDGET_SHARES, "offer.error.shareNotParty"),
                Arguments.of(OfferField.BUDGET_SHARES, Set.of(new BudgetShare(LEAD, new BigDecimal("60000")),
                        new BudgetShare(PARTNER, new BigDecimal("60000"))), null, null));
    }

    @ParameterizedTest(name = "{0} = {1} → {3}")
    @MethodSource("table")
    void each_rule_marks_the_field_it_is_about(OfferField field, Object value, OfferField marked, String messageKey) {
        List<OfferProblem> problems = OfferRules.check(with(field, value), LEAD);
        if (marked == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo(marked);
                assertThat(p.messageKey()).isEqualTo(messageKey);
            });
        }
    }

    /** A valid draft (budget 120 000 €, 2027) with one field changed. */
    private static OfferContent with(OfferField field, Object value) {
        OfferContent valid = new OfferContent("Archivage mutualisé", "Résumé", "Bénéfices", new BigDecimal("120000"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Set.of(PARTNER), Set.of(10L), Set.of("62"),
                List.of(), Set.of(), Set.of());
        return valid.with(field, value);
    }
}
