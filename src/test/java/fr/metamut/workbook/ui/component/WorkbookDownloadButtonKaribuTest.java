package fr.metamut.workbook.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import fr.metamut.workbook.domain.WorkbookReader;
import fr.metamut.workbook.service.WorkbookService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkbookDownloadButtonKaribuTest extends KaribuTest {

    @Autowired
    WorkbookService workbooks;

    @Autowired
    Clock clock;

    @Test
    void is_a_download_link_with_an_id() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        WorkbookDownloadButton button = new WorkbookDownloadButton(workbooks);
        UI.getCurrent().add(button);

        assertThat(button.getId()).hasValue(WorkbookDownloadButton.ID);
        assertThat(button.isDownload()).isTrue();
        assertThat(button.getHref()).isNotBlank();
    }

    @Test
    void streams_the_workbook_named_with_the_day_then_says_it_is_ready() throws IOException {
        login(TestUsers.COORDINATOR);
        useFrench();
        WorkbookDownloadButton button = new WorkbookDownloadButton(workbooks);
        UI.getCurrent().add(button);
        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(body);

        WorkbookDownloadButton.handler(workbooks).handleDownloadRequest(
                new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(), button.getElement()));

        verify(response).setContentType(WorkbookService.CONTENT_TYPE);
        verify(response).setHeader(eq("Content-Disposition"),
                eq("attachment; filename=\"metamut-copil-" + LocalDate.now(clock) + ".xlsx\""));
        try (XSSFWorkbook workbook = WorkbookReader.open(body.toByteArray())) {
            assertThat(WorkbookReader.sheetNames(workbook)).startsWith("Synthèse", "Couverture");
        }
        MockVaadin.runUIQueue();
        assertThat(notificationTexts()).containsExactly("Classeur prêt : metamut-copil-" + LocalDate.now(clock)
                + ".xlsx (" + fr.metamut.base.ui.Formats.number(Math.round(body.size() / 1024.0)) + " Ko).");
        assertThat(button.getText()).isEqualTo(" Classeur du COPIL (Excel)");
        assertThat(button.hasClassName(WorkbookDownloadButton.PREPARING)).isFalse();
    }

    @Test
    void says_the_workbook_is_being_prepared_then_that_it_failed() {
        login(TestUsers.COORDINATOR);
        useFrench();
        WorkbookDownloadButton button = new WorkbookDownloadButton(workbooks);
        UI.getCurrent().add(button);
        WorkbookService failing = mock(WorkbookService.class);
        when(failing.content(null)).thenAnswer(call -> {
            MockVaadin.runUIQueue();
            assertThat(button.getText()).isEqualTo(" Préparation du classeur…");
            assertThat(button.getElement().getAttribute("aria-busy")).isEqualTo("true");
            throw new IllegalStateException("base indisponible");
        });

        assertThatThrownBy(() -> WorkbookDownloadButton.handler(failing).handleDownloadRequest(new DownloadEvent(
                mock(VaadinRequest.class), mock(VaadinResponse.class), VaadinSession.getCurrent(), button.getElement())))
                .isInstanceOf(IllegalStateException.class);

        MockVaadin.runUIQueue();
        assertThat(notificationTexts()).singleElement().asString().startsWith("Le classeur n’a pas pu être produit.");
        assertThat(button.hasClassName(WorkbookDownloadButton.PREPARING)).isFalse();
    }
}
