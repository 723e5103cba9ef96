package fr.metamut.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markup longer than the limit is refused as it streams by; text, however long, is the import's to bound. */
class MarkupGuardTest {

    private static final int MAX = 1024;

    private static byte[] readThrough(String xml) throws IOException {
        try (InputStream in = new MarkupGuard(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), MAX)) {
            return in.readAllBytes();
        }
    }

    @Test
    void ordinary_markup_and_long_text_pass_unchanged() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!-- note --><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + "é".repeat(50_000) + "</t></is></c></row><![CDATA[a > b]]></sheetData>";

        assertThat(new String(readThrough(xml), StandardCharsets.UTF_8)).isEqualTo(xml);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<c r=\"%s\">", "<c r='%s'>", "<c r=\"a>%s\">", "<!-- a > b %s -->", "<?pi %s ?>",
            "<![CDATA[ %s ]]>"})
    void markup_longer_than_the_limit_is_refused(String markup) {
        String xml = "<sheetData>" + markup.formatted("x>".repeat(MAX)) + "</sheetData>";

        assertThatThrownBy(() -> readThrough(xml)).isInstanceOfSatisfying(ImportRejection.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("import.error.zipBomb"));
    }
}
