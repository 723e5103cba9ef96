package fr.metamut.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import fr.metamut.base.service.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Vaadin's access to the texts of {@link Translations} (the {@code i18n} bundles): the views' {@code getTranslation}.
 * Vaadin picks the browser's language among these, French otherwise.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale FRENCH = Translations.FRENCH;
    public static final Locale ENGLISH = Translations.ENGLISH;

    private final Translations translations;

    public TranslationProvider(Translations translations) {
        this.translations = translations;
    }

    /** All texts of a language, merged from every bundle (see {@link Translations#load}). */
    public static Map<String, String> load(String language) {
        return Translations.load(language);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return translations.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
