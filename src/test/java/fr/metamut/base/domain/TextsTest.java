package fr.metamut.base.domain;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @Test
    void ordinary_french_text_with_tabs_line_breaks_and_emoji_is_storable() {
        assertThat(Texts.isStorable("Élu·e·s d’Amiens\tà 12 €\r\nœuvre « ok » 👍 漢字")).isTrue();
        assertThat(Texts.isStorable("")).isTrue();
        assertThat(Texts.isStorable(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001B", "\u001F",
            "\uD83D", "\uDC4D", "\uFFFE", "\uFFFF"})
    void nul_other_control_characters_lone_surrogates_and_non_characters_are_not(String character) {
        assertThat(Texts.firstUnstorable("abc" + character + "def")).isEqualTo(3);
    }

    @Test
    void a_surrogate_pair_in_the_wrong_order_is_two_lone_surrogates() {
        assertThat(Texts.firstUnstorable("ok \uDC4D\uD83D")).isEqualTo(3);
        assertThat(Texts.firstUnstorable("ok \uD83D\uDC4D")).isEqualTo(-1);
        assertThat(Texts.firstUnstorable("fin \uD83D")).isEqualTo(4);
    }

    @Test
    void the_refusal_names_the_character_and_quotes_the_words_before_it() {
        assertThatThrownBy(() -> Texts.requireStorable("Une longue phrase avant le caractère\u0000 fautif"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(Texts.INVALID_CHARACTER);
                    assertThat(e.getArguments()).containsExactly("U+0000", "…avant le caractère");
                });
        assertThatThrownBy(() -> Texts.requireStorable("Court\n\uD83D"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getArguments()).containsExactly("U+D83D", "Court"));
    }

    @Test
    void a_text_starting_with_the_character_has_its_own_message() {
        assertRefused(() -> Texts.requireStorable("\u0007Alerte"), Texts.INVALID_FIRST_CHARACTER);
    }

    @Test
    void a_storable_text_is_returned_unchanged() {
        assertThat(Texts.requireStorable(" Sur devis\t")).isEqualTo(" Sur devis\t");
    }
}
