package fr.metamut.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-visible text is written in Java: what a component, a notification or a dialog shows comes from
 * the translation bundles. The check reads the sources for a text literal (two letters or more) handed to
 * the calls that put words on screen; data shown as is (names, codes) and addresses pass, being variables.
 * It reads the {@code ui} packages, where the screens are built, and the classes that write the committee's
 * workbook and the import template (they use {@code SheetWriter}): a sheet's name, a header, a cell's text or the
 * print footer come from the bundles through {@code Labels}, so the literals they hand over are translation keys.
 */
class HardCodedTextTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String TEXT = "\"[^\"]*\\p{L}{2}[^\"]*\"";
    private static final List<Pattern> SHOWING_TEXT = List.of(
            Pattern.compile("new (Span|Paragraph|H[1-6]|Button|Text|ListItem|NativeLabel|Tab|Details|Checkbox|Div|Pre|Emphasis|Strong)\\(\\s*" + TEXT),
            Pattern.compile("new Anchor\\([^,;]+,\\s*" + TEXT),
            Pattern.compile("\\.(setText|setLabel|setHelperText|setPlaceholder|setErrorMessage|setHeaderTitle|setAriaLabel"
                    + "|setTooltipText|setHeader|setConfirmText|setCancelText|setRejectText|setTitle|setSummaryText)\\(\\s*" + TEXT),
            Pattern.compile("(Notification\\.show|Notifications\\.(success|error))\\(\\s*" + TEXT));
    /** A text literal that is not a translation key such as {@code "wb.actions.title"}. */
    private static final String TEXT_NOT_KEY = "\"(?![a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+\")[^\"]*\\p{L}{2}[^\"]*\"";
    private static final List<Pattern> WRITING_TEXT = List.of(
            Pattern.compile("(\\.|\\b)(text|header|label|sheet|createSheet|setSheetName|setCellValue|setLeft|setCenter|setRight)"
                    + "\\(\\s*([^;]*,\\s*)?" + TEXT_NOT_KEY),
            Pattern.compile("\\b(SHEET|SHEET_NAME|NAME|HEADERS?|TITLES?)\\s*=\\s*(List\\.of\\()?\\s*" + TEXT_NOT_KEY),
            // French words (accents, typographic apostrophes) in a literal: no key or code has them
            Pattern.compile("\"[^\"]*[\\p{L}\\p{Pf}&&[^\\p{ASCII}]][^\"]*\""));

    @Test
    void user_visible_texts_come_from_the_translation_bundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/ui/")).forEach(file -> {
                List<String> lines = read(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("//") || line.strip().startsWith("*")) {
                        continue;
                    }
                    if (showsText(line)) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            });
        }
        assertThat(found).as("texts to move into src/main/resources/i18n").isEmpty();
    }

    @Test
    void workbook_texts_come_from_the_translation_bundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/ui/")).forEach(file -> {
                List<String> lines = read(file);
                if (lines.stream().noneMatch(line -> line.contains("SheetWriter"))) {
                    return;
                }
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.strip().startsWith("//") && !line.strip().startsWith("*") && writesText(line)) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            });
        }
        assertThat(found).as("sheet texts to move into src/main/resources/i18n (workbook, workbookimport, copil)").isEmpty();
    }

    @Test
    void the_workbook_check_sees_literal_labels_and_lets_keys_through() {
        assertThat(List.of("writer.header(\"Code\", \"Nom\");", "row.text(\"Total\", Look.BOLD);",
                "public static final List<String> HEADERS = List.of(\"Opérateur\", \"Service\");",
                "reference(\"Opérateurs\", content.operators())", "sheet.getFooter().setLeft(\"Exporté le \" + date);",
                "return sheet(\"Offres\", writer -> {", "row.text(value).text(\"Sans objet\")", "List.of(\"Plan d’actions\")"))
                .allMatch(HardCodedTextTest::writesText);
        assertThat(List.of("writer.header(labels.text(\"import.template.code\"))", "row.label(\"wb.synthesis.total\", Look.BOLD);",
                "public static final String NAME = Labels.french().text(\"wb.actions.name\");",
                "sheet.getHeader().setLeft(\"&A\");", "row.text(action.title())", "writer.header(HEADERS);",
                "public static final String FILE_NAME = \"metamut-offres.xlsx\";"))
                .noneMatch(HardCodedTextTest::writesText);
    }

    @Test
    void the_check_sees_texts_put_on_screen_and_lets_ids_and_addresses_through() {
        assertThat(List.of("new Button(\"Send\")", "comment.setLabel(\"Votre message\");",
                "new Anchor(\"offres\", \"Voir les offres\")", "Notification.show(\"Saved\")", "new H2(\"Carte\")"))
                .allMatch(HardCodedTextTest::showsText);
        assertThat(List.of("field.setId(\"offer-title\");", "new Anchor(\"offres/\" + id, getTranslation(\"offer.open\"))",
                "new Span(\"€\")", "new Span(name)", "addClassName(\"cov-cell\")"))
                .noneMatch(HardCodedTextTest::showsText);
    }

    private static boolean showsText(String line) {
        return SHOWING_TEXT.stream().anyMatch(p -> p.matcher(line).find());
    }

    private static boolean writesText(String line) {
        return WRITING_TEXT.stream().anyMatch(p -> p.matcher(line).find());
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
