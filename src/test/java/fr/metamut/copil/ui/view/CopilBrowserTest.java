package fr.metamut.copil.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.browser.BrowserTest;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.copil.domain.MeetingRepository;
import fr.metamut.support.TestUsers;
import fr.metamut.workbook.domain.WorkbookReader;
import java.time.Duration;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A committee's memory end to end in Chromium: a coordinator records a meeting, the data changes (an operator
 * starts offering a service nobody offered in the Pas-de-Calais), a second meeting is recorded, and the workbook
 * downloaded from its page holds "Depuis le dernier COPIL" with that gap closed.
 */
class CopilBrowserTest extends BrowserTest {

    @Autowired
    MeetingRepository meetings;
    @Autowired
    OfferingService offerings;
    @Autowired
    CatalogService catalog;
    @Autowired
    TestUsers users;

    private Offering added;

    @AfterEach
    void cleanUp() {
        users.login(TestUsers.ADMIN);
        if (added != null) {
            offerings.remove(added.getId());
        }
        users.logout();
        meetings.deleteAll();
    }

    @Test
    void two_meetings_recorded_in_the_browser_and_the_workbook_of_the_second_says_what_changed() throws Exception {
        login(TestUsers.COORDINATOR);
        recordMeeting("14/03/2027", "COPIL de printemps");
        screenshot("copil-first-meeting.png");

        users.login(TestUsers.ADMIN);
        long ads = catalog.services().stream().filter(s -> s.getCode().equals("ADS")).findFirst().orElseThrow().getId();
        long pasDeCalais = catalog.departements().stream().filter(d -> d.getCode().equals("62")).findFirst().orElseThrow()
                .getId();
        added = offerings.add(catalog.operatorByCode("ADICO").orElseThrow().getId(), ads, pasDeCalais, null);
        users.logout();

        recordMeeting("20/06/2027", "COPIL d’été");
        WebElement summary = waitFor(By.id("copil-summary"));
        assertThat(summary.getText()).contains("Absence comblée");
        screenshot("copil-second-meeting.png");

        byte[] workbook = download(waitFor(By.id("workbook-download")));
        keep(workbook);
        try (XSSFWorkbook book = WorkbookReader.open(workbook)) {
            Sheet since = book.getSheet("Depuis le dernier COPIL");
            assertThat(since).isNotNull();
            assertThat(since.getRow(1).getCell(0).getStringCellValue()).isEqualTo(
                    "Du COPIL du 14/03/2027 (COPIL de printemps) au COPIL du 20/06/2027 (COPIL d’été)");
            // the summary's "Absence comblée | 1" comes first; the change itself names the service
            Row closed = java.util.stream.StreamSupport.stream(since.spliterator(), false)
                    .filter(r -> WorkbookReader.texts(r).size() > 1 && "Absence comblée".equals(WorkbookReader.texts(r).get(0))
                            && WorkbookReader.texts(r).get(1) != null)
                    .findFirst().orElseThrow();
            assertThat(WorkbookReader.texts(closed)).containsExactly("Absence comblée", "Autorisation du droit des sols",
                    "62", "0", "1", "Adico");
        }
    }

    /** Keeps the downloaded workbook where -Dmetamut.print.dir says, to print it and look at it. */
    private static void keep(byte[] workbook) throws java.io.IOException {
        String folder = System.getProperty("metamut.print.dir");
        if (folder != null) {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
            java.nio.file.Files.write(dir.resolve("copil-meeting.xlsx"), workbook);
        }
    }

    private void recordMeeting(String date, String title) {
        open("copil");
        waitFor(By.id("copil-record")).click();
        waitForVaadin();
        WebElement day = waitFor(By.cssSelector("#copil-meeting-date input"));
        day.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.TAB);
        driver.findElement(By.cssSelector("#copil-meeting-title input")).sendKeys(title);
        waitForVaadin();
        driver.findElement(By.id("dialog-save")).click();
        wait(Duration.ofSeconds(30)).until(d -> currentPath().startsWith("copil/reunion/"));
        waitForVaadin();
        waitFor(By.id("copil-meeting-heading"));
    }

    /** Fetches the link's file in the page, with the browser's session, as the download would. */
    private byte[] download(WebElement link) {
        String href = link.getAttribute("href");
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                  .then(buffer => {
                    let binary = '';
                    new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                    done(btoa(binary));
                  })
                  .catch(e => done('error ' + e));""", href);
        assertThat(base64).asString().doesNotStartWith("error");
        return Base64.getDecoder().decode((String) base64);
    }
}
