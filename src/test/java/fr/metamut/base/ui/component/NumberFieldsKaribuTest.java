package fr.metamut.base.ui.component;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Binder;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kit's extensions for numbers that are not euros: a whole number read strictly (never "1.5" → 15), and
 * an amount field without the € that speaks of a number.
 */
class NumberFieldsKaribuTest extends KaribuTest {

    /** A bean with a count, as the operator form's bean has. */
    public static class Counted {
        private Integer count = 7;

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }
    }

    @BeforeEach
    void loginInFrench() {
        login(TestUsers.ADMIN);
        useFrench();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "45|45",
            "1 200|1200",
            "1\u202F200|1200",
            "  12  |12",
            "-5|-5",
            "12,0|12",
            "''|null",
            "1,5|Nombre entier attendu, sans décimales.",
            "1.5|Nombre entier attendu, sans décimales.",
            "1.500|Nombre entier attendu : écrivez 1 500, sans point ni virgule.",
            "1e6|Nombre illisible : écrivez un nombre entier, par exemple 45 ou 1 200.",
            "douze|Nombre illisible : écrivez un nombre entier, par exemple 45 ou 1 200.",
            "12 34|Chiffres mal groupés : séparez les milliers par une espace, par exemple 1 200.",
            "3000000000|Nombre trop grand.",
    })
    void a_whole_number_is_read_as_typed_or_refused_on_the_field_never_turned_into_another_number(String text,
                                                                                                   String expected) {
        WholeNumberField field = new WholeNumberField("Agents");
        UI.getCurrent().add(field);
        Binder<Counted> binder = new Binder<>(Counted.class);
        binder.forField(field).withConverter(field.converter()).bind(Counted::getCount, Counted::setCount);
        Counted bean = new Counted();
        binder.readBean(bean);

        _setValue(field, text);
        boolean written = binder.writeBeanIfValid(bean);

        if (expected == null || expected.matches("-?\\d+")) {
            assertThat(written).isTrue();
            assertThat(field.isInvalid()).isFalse();
            assertThat(bean.getCount()).isEqualTo(expected == null ? null : Integer.valueOf(expected));
        } else {
            assertThat(written).isFalse();
            assertThat(bean.getCount()).as("unchanged").isEqualTo(7);
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo(expected);
        }
    }

    @Test
    void a_whole_number_is_shown_the_french_way_with_its_unit() {
        WholeNumberField field = new WholeNumberField("Avancement").withSuffix("%");
        UI.getCurrent().add(field);
        assertThat(field.converter().convertToPresentation(12000, null)).isEqualTo("12 000");
        assertThat(field.getSuffixComponent().getElement().getText()).isEqualTo("%");
    }

    @Test
    void an_amount_field_without_currency_has_no_euro_sign_and_speaks_of_a_number() {
        AmountField field = new AmountField("Valeur cible").withoutCurrency();
        UI.getCurrent().add(field);
        assertThat(field.getSuffixComponent()).isNull();

        _setValue(field, "120 000,00 €");
        assertThat(field.getAmount()).isEqualByComparingTo(new BigDecimal("120000"));
        _setValue(field, "1e6");
        assertThat(field.getErrorMessage()).isEqualTo("Nombre illisible : écrivez par exemple 120 000 ou 12,5.");
        _setValue(field, "1,234");
        assertThat(field.getErrorMessage()).isEqualTo("Deux décimales au plus.");

        AmountField euros = new AmountField("Budget");
        UI.getCurrent().add(euros);
        _setValue(euros, "1e6");
        assertThat(euros.getErrorMessage()).as("amounts keep their wording").startsWith("Montant illisible");
    }
}
