package fr.metamut.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.HttpSession;
import fr.metamut.support.ServerTest;
import fr.metamut.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages and Vaadin's JSON travel compressed when the browser accepts it (issue 13: the matrix's first
 * response was 205 KB of plain JSON): the server does it itself, whatever proxy stands in front.
 */
@ServerTest
class CompressionTest {

    @LocalServerPort
    int port;

    @Test
    void vaadins_json_is_sent_gzipped_and_much_smaller() {
        HttpSession director = new HttpSession(port);
        director.login(TestUsers.DIRECTOR_SOMME_NUM);
        director.get("/couverture");
        String init = "/?v-r=init&location=couverture&query=";

        HttpResponse<byte[]> compressed = director.getBytes(init, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = director.getBytes(init);

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).as("not for a client that cannot read it").isEmpty();
        assertThat(gunzip(compressed.body())).contains("\"Vaadin-Security-Key\"");
        assertThat(compressed.body().length).as("compressed %d bytes against %d", compressed.body().length, plain.body().length)
                .isLessThan(plain.body().length / 2);
    }

    @Test
    void the_login_page_is_sent_gzipped() {
        HttpResponse<byte[]> login = new HttpSession(port).getBytes("/connexion", "Accept-Encoding", "gzip");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    private static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
