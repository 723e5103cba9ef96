package fr.metamut.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Ten people logging in at the same moment all land on their desk (issue 13: in bursts, about 1 in 10 landed
 * back on the login page; not reproduced here so far, kept as the guard the issue asks for), and the matrix's
 * round trip comes compressed.
 */
class ConcurrentLoginBrowserTest extends BrowserTest {

    private static final List<String> USERS = List.of("coordinateur", "directeur.adica", "directeur.adico",
            "directeur.cap_oise", "directeur.cdg59", "directeur.cdg62", "directeur.fibre_5962", "directeur.rvvn",
            "directeur.spl_xdemat", "directeur.somme_num");

    @Test
    void ten_people_logging_in_at_once_all_land_on_their_desk() throws Exception {
        List<WebDriver> browsers = new ArrayList<>(List.of(driver));
        while (browsers.size() < USERS.size()) {
            browsers.add(newBrowser());
        }
        List<WebElement> submits = new ArrayList<>();
        for (int i = 0; i < USERS.size(); i++) {
            driver = browsers.get(i);
            submits.add(fillLoginForm(USERS.get(i)));
        }

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> clicks = submits.stream().map(submit -> CompletableFuture.runAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            submit.click();
        })).toList();
        start.countDown();
        CompletableFuture.allOf(clicks.toArray(CompletableFuture[]::new)).get();

        for (int i = 0; i < USERS.size(); i++) {
            driver = browsers.get(i);
            String user = USERS.get(i);
            assertThatCode(() -> wait(Duration.ofSeconds(90)).until(d -> !d.findElements(By.id("desk")).isEmpty()))
                    .as(user + " lands on the desk, not back on the login page (now on /" + currentPath() + ")")
                    .doesNotThrowAnyException();
            assertThat(currentPath()).as(user).isEmpty();
        }
    }

    @Test
    void the_matrix_round_trip_comes_compressed() {
        login("directeur.somme_num");
        driver.findElement(By.cssSelector("vaadin-side-nav-item[path$='couverture']")).click();
        waitFor(By.id("coverage-matrix"));
        waitForVaadin();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> roundTrips = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript("""
                return performance.getEntriesByType('resource')
                    .filter(e => e.name.includes('v-r=uidl'))
                    .map(e => ({name: e.name, wire: e.encodedBodySize, body: e.decodedBodySize}));
                """);
        Map<String, Object> largest = roundTrips.stream()
                .max((a, b) -> Long.compare(((Number) a.get("body")).longValue(), ((Number) b.get("body")).longValue()))
                .orElseThrow();
        long wire = ((Number) largest.get("wire")).longValue();
        long body = ((Number) largest.get("body")).longValue();
        assertThat(body).as("the matrix's round trip carries the matrix").isGreaterThan(20_000);
        assertThat(wire).as("compressed on the wire").isLessThan(body / 3).isLessThanOrEqualTo(25_000);
    }
}
