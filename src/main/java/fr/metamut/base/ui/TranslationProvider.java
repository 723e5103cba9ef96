package fr.metamut.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
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

/**
 * Every user-visible text, from the files {@code i18n/<bundle>_fr.properties} (the default) and
 * {@code i18n/<bundle>_en.properties}: one bundle per feature, so features add texts without touching
 * each other's files; a key may live in one bundle only. Vaadin picks the browser's language among
 * these, French otherwise. Texts use ’ rather than ' (MessageFormat reserves the straight quote).
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger LOG = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<String, String> french;
    private final Map<String, String> english;

    public TranslationProvider() {
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

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
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
