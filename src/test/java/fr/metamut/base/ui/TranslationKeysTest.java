package fr.metamut.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.metamut.base.domain.Role;
import fr.metamut.catalog.domain.OperatorKind;
import fr.metamut.catalog.domain.ServiceOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code asks for exists in French and in English, both files carry the same keys, and no
 * text uses the ASCII apostrophe that {@link java.text.MessageFormat} would swallow.
 */
class TranslationKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern REFUSAL_KEY = Pattern.compile("new UserFacingException\\(\\s*\"([^\"]+)\"");
    /** Keys built at run time from an enum: prefix + constant name. */
    private static final Map<String, List<String>> DYNAMIC_PREFIXES = Map.ofEntries(
            Map.entry("role.", names(Role.values())),
            Map.entry("operator.kind.", names(OperatorKind.values())),
            Map.entry("service.origin.", names(ServiceOrigin.values())),
            Map.entry("offer.status.", names(fr.metamut.offer.domain.OfferStatus.values())),
            Map.entry("offer.field.", names(fr.metamut.offer.domain.OfferField.values())),
            Map.entry("offer.cell.", names(fr.metamut.offer.domain.AddressedCell.Kind.values())),
            Map.entry("offer.conflict.", names(fr.metamut.offer.ui.component.ConflictDialog.Choice.values())),
            Map.entry("profiles.breadth.", names(fr.metamut.coverage.domain.matrix.OperatorProfile.Breadth.values())),
            Map.entry("notif.decided.", List.of("VALIDEE", "REFUSEE", "MODIFICATIONS_DEMANDEES")),
            Map.entry("offer.decision.", List.of("VALIDEE", "REFUSEE", "MODIFICATIONS_DEMANDEES")),
            Map.entry("audit.detail.lock.", names(fr.metamut.security.service.LoginThrottle.Kind.values())),
            Map.entry("audit.detail.sessionEnded.", names(fr.metamut.security.service.SessionEnd.values())));

    private static Properties french;
    private static Properties english;
    private static Map<Path, String> sources;

    @BeforeAll
    static void load() throws IOException {
        french = new Properties();
        french.putAll(TranslationProvider.load("fr"));
        english = new Properties();
        english.putAll(TranslationProvider.load("en"));
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.put(f, read(f)));
        }
    }

    @Test
    void every_bundle_has_the_same_keys_in_french_and_english() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            List<Path> frenchFiles = files.filter(f -> f.toString().endsWith("_fr.properties")).toList();
            assertThat(frenchFiles).hasSizeGreaterThan(1);
            for (Path frenchFile : frenchFiles) {
                String name = "i18n/" + frenchFile.getFileName();
                assertThat(properties(name).stringPropertyNames()).as(name)
                        .containsExactlyInAnyOrderElementsOf(properties(name.replace("_fr.", "_en.")).stringPropertyNames());
            }
        }
    }

    @Test
    void french_and_english_files_have_the_same_keys() {
        assertThat(french.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void validation_messages_have_the_same_keys_in_every_language() throws IOException {
        Set<String> fallback = properties("ValidationMessages.properties").stringPropertyNames();
        assertThat(properties("ValidationMessages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(fallback);
        assertThat(properties("ValidationMessages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(fallback);
    }

    @Test
    void every_literal_key_passed_to_getTranslation_exists_in_both_languages() {
        Set<String> keys = new TreeSet<>();
        sources.values().forEach(code -> firstArgumentsOfGetTranslation(code).stream()
                .filter(argument -> !argument.contains("+"))
                .forEach(argument -> keys.addAll(literalsIn(argument))));

        // the scan must find the keys, not silently match nothing
        assertThat(keys).contains("app.name", "action.save", "operators.add", "operators.edit", "account.enabled");
        assertDefinedInBothLanguages(keys);
    }

    @Test
    void every_dynamic_key_prefix_is_known_and_complete_for_its_enum() {
        Set<String> prefixes = new TreeSet<>();
        sources.values().forEach(code -> firstArgumentsOfGetTranslation(code).stream()
                .filter(argument -> argument.contains("+"))
                .forEach(argument -> prefixes.addAll(literalsIn(argument))));

        assertThat(prefixes).as("prefixes of keys built at run time").isNotEmpty()
                .isSubsetOf(DYNAMIC_PREFIXES.keySet());
        Set<String> keys = new TreeSet<>();
        DYNAMIC_PREFIXES.forEach((prefix, constants) -> constants.forEach(name -> keys.add(prefix + name)));
        assertDefinedInBothLanguages(keys);
    }

    @Test
    void every_menu_title_exists_in_both_languages() {
        Set<String> keys = matches(MENU_TITLE);
        assertThat(keys).contains("nav.dashboard", "nav.accounts");
        assertDefinedInBothLanguages(keys);
    }

    @Test
    void every_refusal_a_service_throws_has_a_message_in_both_languages() {
        Set<String> keys = matches(REFUSAL_KEY);
        assertThat(keys).contains("offering.error.duplicate", "account.error.duplicateUsername");
        assertDefinedInBothLanguages(keys);
    }

    /** Enums that name their own key ({@code messageKey()}), found in the main code, so a new one is covered too. */
    @Test
    void every_enum_that_names_its_key_has_it_in_both_languages() throws ReflectiveOperationException {
        Set<String> keys = new TreeSet<>();
        Set<String> enums = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.metamut")) {
            if (type.isEnum() && type.tryGetMethod("messageKey").isPresent()) {
                Class<?> enumType = type.reflect();
                enums.add(enumType.getSimpleName());
                for (Object constant : enumType.getEnumConstants()) {
                    keys.add((String) enumType.getMethod("messageKey").invoke(constant));
                }
            }
        }
        assertThat(enums).contains("Quadrant", "PartnershipType", "ActionStatus");
        assertDefinedInBothLanguages(keys);
    }

    @Test
    void no_text_contains_an_ascii_apostrophe() {
        for (Properties messages : List.of(french, english)) {
            messages.stringPropertyNames().forEach(key -> assertThat(messages.getProperty(key))
                    .as("value of %s (write ’ instead: MessageFormat reserves ')", key)
                    .doesNotContain("'"));
        }
    }

    private static void assertDefinedInBothLanguages(Set<String> keys) {
        assertThat(keys.stream().filter(key -> !french.containsKey(key))).as("missing in French").isEmpty();
        assertThat(keys.stream().filter(key -> !english.containsKey(key))).as("missing in English").isEmpty();
    }

    /** The source text of the first argument of every {@code getTranslation(...)} call. */
    private static List<String> firstArgumentsOfGetTranslation(String code) {
        List<String> arguments = new ArrayList<>();
        int from = 0;
        while ((from = code.indexOf("getTranslation(", from)) >= 0) {
            int start = from + "getTranslation(".length();
            int depth = 0;
            boolean quoted = false;
            int end = start;
            for (; end < code.length(); end++) {
                char c = code.charAt(end);
                if (quoted) {
                    if (c == '\\') {
                        end++;
                    } else if (c == '"') {
                        quoted = false;
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                } else if ((c == ')' || c == ',') && depth == 0) {
                    break;
                }
            }
            arguments.add(code.substring(start, end).strip());
            from = end;
        }
        return arguments;
    }

    private static List<String> literalsIn(String argument) {
        List<String> literals = new ArrayList<>();
        Matcher matcher = STRING_LITERAL.matcher(argument);
        while (matcher.find()) {
            literals.add(matcher.group(1));
        }
        return literals;
    }

    private static Set<String> matches(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        sources.values().forEach(code -> {
            Matcher matcher = pattern.matcher(code);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        });
        return found;
    }

    private static Properties properties(String resource) throws IOException {
        try (InputStream in = TranslationKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
