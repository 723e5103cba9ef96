package fr.metamut.base.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Every user-visible text, from the files {@code i18n/<bundle>_fr.properties} (the default) and
 * {@code i18n/<bundle>_en.properties}: one bundle per feature, so features add texts without touching
 * each other's files; a key may live in one bundle only. Texts use ’ rather than ' (MessageFormat reserves the
 * straight quote).
 *
 * <p>Services, mails, exports and the headless commands translate here, without Vaadin; the UI reads the same
 * texts through Vaadin's {@code I18NProvider} ({@code base.ui.TranslationProvider}), which delegates here.
 */
@Component
public class Translations {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    private final Map<String, String> french;
    private final Map<String, String> english;

    public Translations() {
        this.french = load("fr");
        this.english = load("en");
    }

    /** All texts of a language, merged from every bundle (UTF-8 files). */
    public static Map<String, String> load(String language) {
        Map<String, String> texts = new HashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + language + ".properties");
            for (Resource file : files) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (texts.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("Translation key " + key + " defined twice (" + file + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(texts);
    }

    /** The languages of the texts, French first (the default). */
    public List<Locale> locales() {
        return List.of(FRENCH, ENGLISH);
    }

    /**
     * The text of {@code key} in English when {@code locale} is English, in French otherwise, with {@code params}
     * placed as {@link MessageFormat} does; {@code "!key"} (and a warning in the log) for a key no bundle has.
     */
    public String getTranslation(@Nullable String key, @Nullable Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        boolean inEnglish = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
        String pattern = (inEnglish ? english : french).get(key);
        if (pattern == null) {
            LOG.warn("Missing translation {} ({})", key, inEnglish ? "en" : "fr");
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, inEnglish ? ENGLISH : FRENCH).format(params);
    }
}
