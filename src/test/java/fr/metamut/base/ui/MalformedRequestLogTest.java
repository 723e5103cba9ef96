package fr.metamut.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.HttpSession;
import fr.metamut.support.HttpSession.VaadinUi;
import fr.metamut.support.ServerTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 100 malformed UIDL requests against a real session: a few log lines, one per kind, and no stack trace
 * (each used to write a 13 KB stack trace or a line of its own).
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestLogTest {

    @LocalServerPort
    int port;

    @Test
    void a_hundred_malformed_uidl_requests_write_one_line_per_kind_and_no_stack_trace(CapturedOutput output) {
        HttpSession visitor = new HttpSession(port);
        VaadinUi ui = visitor.openUi("connexion");
        List<String> malformed = List.of(
                "{not json",
                "{\"csrfToken\":\"wrong-key\",\"rpc\":[],\"syncId\":0,\"clientId\":0}",
                "{\"csrfToken\":\"" + ui.securityKey() + "\",\"rpc\":\"not a list\",\"syncId\":0,\"clientId\":0}",
                "[\"an array, not a message\"]");
        int before = output.length();

        for (int i = 0; i < 100; i++) {
            assertThat(visitor.uidl(ui, malformed.get(i % malformed.size())).statusCode()).isEqualTo(200);
        }

        String log = output.toString().substring(before);
        List<String> lines = log.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).as(log).hasSizeLessThanOrEqualTo(6)
                .allSatisfy(line -> assertThat(line).contains("Malformed client request ignored"));
        assertThat(log).doesNotContain("\tat ", "Exception:\n");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("(unparsable JSON)"))
                .anySatisfy(line -> assertThat(line).contains("(invalid security key)"))
                .anySatisfy(line -> assertThat(line).contains("(unusable RPC: ClassCastException)"));
    }
}
