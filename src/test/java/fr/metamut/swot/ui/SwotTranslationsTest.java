package fr.metamut.swot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.ui.TranslationProvider;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.service.SwotRevision;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The SWOT bundle: same keys in French and English, every quadrant and history kind named, no straight quote. */
class SwotTranslationsTest {

    @Test
    void french_and_english_bundles_have_the_same_keys_and_no_straight_quote() throws IOException {
        Properties french = bundle("fr");
        Properties english = bundle("en");

        assertThat(french.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        Stream.of(french, english).forEach(texts -> texts.stringPropertyNames().forEach(key ->
                assertThat(texts.getProperty(key)).as(key).doesNotContain("'")));
    }

    @Test
    void every_quadrant_and_kind_of_change_has_a_label_in_both_languages() {
        for (String language : new String[] {"fr", "en"}) {
            Map<String, String> texts = TranslationProvider.load(language);
            Stream.concat(Arrays.stream(Quadrant.values()).map(Quadrant::messageKey),
                            Arrays.stream(SwotRevision.Kind.values()).map(SwotRevision.Kind::messageKey))
                    .forEach(key -> assertThat(texts).as(language).containsKey(key));
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = SwotTranslationsTest.class.getResourceAsStream("/i18n/swot_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
