package fr.metamut.workbook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.metamut.workbook.domain.CopilWorkbook;
import fr.metamut.workbook.domain.WorkbookReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

class WorkbookWarmUpTest {

    @Test
    void warms_up_only_where_a_web_server_runs() {
        WebServerApplicationContext web = mock(WebServerApplicationContext.class);
        when(web.getWebServer()).thenReturn(mock(WebServer.class));

        assertThat(WorkbookWarmUp.runsAWebServer(web)).isTrue();
        assertThat(WorkbookWarmUp.runsAWebServer(mock(WebServerApplicationContext.class))).isFalse();
        assertThat(WorkbookWarmUp.runsAWebServer(new GenericApplicationContext())).isFalse();
    }

    @Test
    void the_warm_up_writes_a_whole_workbook_without_data() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CopilWorkbook.warmUp(out);

        try (XSSFWorkbook workbook = WorkbookReader.open(out.toByteArray())) {
            assertThat(WorkbookReader.sheetNames(workbook)).contains("Synthèse", "Couverture", "Plan d’actions");
            assertThat(WorkbookReader.rowStartingWith(workbook.getSheet("Couverture"), "Marchés publics"))
                    .as("no service line: the warm-up reads no data").isEmpty();
        }
    }
}
