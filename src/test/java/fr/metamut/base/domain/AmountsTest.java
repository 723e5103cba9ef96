package fr.metamut.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.Amounts.InvalidAmountException;
import fr.metamut.base.domain.Amounts.Problem;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "120000|120000",
            "120 000|120000",
            "120 000,00 €|120000.00",
            "120\u00A0000,00\u00A0€|120000.00",
            "120\u202F000 €|120000",
            "€ 120 000|120000",
            "120 000 euros|120000",
            "1,5|1.5",
            "1.5|1.5",
            "0,05|0.05",
            "1 000.50|1000.50",
            "1.000.000|1000000",
            "1.000,50|1000.50",
            "-5|-5",
            "\u22125 €|-5",
            "+12|12",
            "  42  |42",
    })
    void french_users_amounts_are_read_as_they_mean_them(String text, String expected) {
        assertThat(Amounts.parse(text, Locale.FRENCH)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "1e6|FORMAT",
            "abc|FORMAT",
            "12abc|FORMAT",
            "1.500|AMBIGUOUS",
            "1,500|DECIMALS",
            "1,505|DECIMALS",
            "12 34|GROUPING",
            "1234 567|GROUPING",
            "1,000,000|GROUPING",
            "1..5|GROUPING",
            ",5|FORMAT",
            "5,|FORMAT",
            "--5|FORMAT",
            "€|FORMAT",
    })
    void what_could_be_read_two_ways_or_is_no_amount_is_refused(String text, Problem problem) {
        assertThatThrownBy(() -> Amounts.parse(text, Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidAmountException.class, e -> assertThat(e.getProblem()).isEqualTo(problem));
    }

    @Test
    void blank_is_no_amount() {
        assertThat(Amounts.parse("  ", Locale.FRENCH)).isNull();
        assertThat(Amounts.parse(null, Locale.FRENCH)).isNull();
    }

    @ParameterizedTest(name = "English \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {"120,000|120000", "1,500.50|1500.50", "1.5|1.5", "120 000|120000", "€120,000.00|120000.00"})
    void english_users_write_points_for_decimals(String text, String expected) {
        assertThat(Amounts.parse(text, Locale.ENGLISH)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void english_refuses_a_decimal_comma_rather_than_guess() {
        assertThatThrownBy(() -> Amounts.parse("1,5", Locale.ENGLISH)).isInstanceOf(InvalidAmountException.class);
    }

    @Test
    void amounts_are_written_the_french_way_and_read_back() {
        assertThat(Amounts.format(new BigDecimal("120000.00"), Locale.FRENCH)).isEqualTo("120 000");
        assertThat(Amounts.format(new BigDecimal("1500.5"), Locale.FRENCH)).isEqualTo("1 500,50");
        assertThat(Amounts.format(new BigDecimal("1500.5"), Locale.ENGLISH)).isEqualTo("1,500.50");
        for (String sample : new String[] {"0", "0.05", "999", "1000", "123456789.12", "-42.5"}) {
            BigDecimal amount = new BigDecimal(sample);
            assertThat(Amounts.parse(Amounts.format(amount, Locale.FRENCH), Locale.FRENCH)).isEqualByComparingTo(amount);
            assertThat(Amounts.parse(Amounts.format(amount, Locale.ENGLISH), Locale.ENGLISH)).isEqualByComparingTo(amount);
        }
    }
}
