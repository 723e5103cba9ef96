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

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\uD800b", "a\uDC00", "\uFFFEa\u0001", "\u001Fx"})
    void characters_xml_cannot_hold_are_written_as_the_replacement_character(String text) {
        String sanitized = CellText.sanitize(text);

        assertThat(CellText.hasUnsafe(text)).isTrue();
        assertThat(CellText.hasUnsafe(sanitized)).isFalse();
        assertThat(sanitized).hasSameSizeAs(text).contains("\uFFFD");
        assertThat(CellText.sanitize(sanitized)).as("sanitising twice changes nothing more").isEqualTo(sanitized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ordinaire", "tab\tcr\rlf\n", "emoji \uD83D\uDE00 entier", "é à ç \uFFFD"})
    void text_xml_can_hold_is_left_as_it_is(String text) {
        assertThat(CellText.sanitize(text)).isSameAs(text);
        assertThat(CellText.hasUnsafe(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_x0041_", "a_x000D_b", "_x005F_x0041_", "_x00", "_xZZZZ_", "déjà _x20AC_ fin", ""})
    void what_the_export_writes_decodes_to_the_text_it_was_given(String text) {
        assertThat(CellText.decode(CellText.forCell(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void no_text_stays_no_text(String text) {
        assertThat(CellText.sanitize(text)).isEqualTo(text);
        assertThat(CellText.forCell(text)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void excel_escapes_decode_to_their_characters() {
        assertThat(CellText.decode("ligne_x000D_\nsuite _x005F_x0041_ _x0041_")).isEqualTo("ligne\r\nsuite _x0041_ A");
    }
}
