package fr.metamut.partnership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.ui.TranslationProvider;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The partnership bundle: same keys in French and English, every type and status named, no straight quote. */
class PartnershipTranslationsTest {

    @Test
    void french_and_english_bundles_have_the_same_keys_and_no_straight_quote() throws IOException {
        Properties french = bundle("fr");
        Properties english = bundle("en");

        assertThat(french.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        Stream.of(french, english).forEach(texts -> texts.stringPropertyNames().forEach(key ->
                assertThat(texts.getProperty(key)).as(key).doesNotContain("'")));
    }

    @Test
    void every_type_and_status_has_a_label_in_both_languages() {
        for (String language : new String[] {"fr", "en"}) {
            Map<String, String> texts = TranslationProvider.load(language);
            Stream.concat(Arrays.stream(PartnershipType.values()).map(PartnershipType::messageKey),
                            Arrays.stream(PartnershipStatus.values()).map(PartnershipStatus::messageKey))
                    .forEach(key -> assertThat(texts).as(language).containsKey(key));
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = PartnershipTranslationsTest.class.getResourceAsStream("/i18n/partnership_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
