package fr.metamut.workbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+SUM(A1)", "-2", "@x", "\tfoo", "\rbar", "\nbaz", "＝1", "＋1", "－1", "＠x",
            "=HYPERLINK(\"http://example.org\",\"clic\")"})
    void text_starting_like_a_formula_is_risky(String text) {
        assertThat(CellText.isRisky(text)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Marchés publics", "02", " =1", "Cap'Oise", "'=1", "a=b", "100 %"})
    void ordinary_text_is_not_risky(String text) {
        assertThat(CellText.isRisky(text)).isFalse();
    }
}
