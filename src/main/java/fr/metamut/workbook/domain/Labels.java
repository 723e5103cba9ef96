package fr.metamut.workbook.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts a sheet shows, by translation key, as the UI's {@code getTranslation(key, arguments)}: the sheets
 * never hold French literals. {@link #bundle} reads a feature's bundle ({@code i18n/<name>_<language>.properties},
 * the files the UI reads too) without Spring, so the layout stays plain Java; a key missing from it is an error,
 * not a "!key" in the committee's file.
 */
@FunctionalInterface
public interface Labels {

    /** The text of {@code key}, with {@code arguments} placed as {@link MessageFormat} does. */
    String text(String key, Object... arguments);

    /** The workbook's own bundle in French: the committee's workbook is in French (and its imports read French). */
    static Labels french() {
        return bundle("workbook", Locale.FRENCH);
    }

    /** The texts of the bundle {@code i18n/<name>_<language>.properties}. */
    static Labels bundle(String name, Locale locale) {
        String file = "i18n/" + name + "_" + locale.getLanguage() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundle " + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return of(texts, locale);
    }

    /** Texts from a map; a missing key throws, so a test writing every sheet finds it. */
    static Labels of(Map<String, String> texts, Locale locale) {
        Map<String, String> copy = Map.copyOf(texts);
        return (key, arguments) -> {
            String pattern = copy.get(key);
            if (pattern == null) {
                throw new IllegalStateException("Missing text " + key + " (" + locale.getLanguage() + ")");
            }
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        };
    }
}
