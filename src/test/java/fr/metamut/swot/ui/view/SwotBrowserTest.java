package fr.metamut.swot.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.browser.BrowserTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The SWOT board as a browser draws it: four quadrants with the report's items; its edit dialog takes the
 * keyboard as every dialog does (focus in the first field, Esc asks before discarding).
 */
class SwotBrowserTest extends BrowserTest {

    @Test
    void the_board_shows_four_quadrants_with_the_report_items() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        open("afom");

        waitFor(By.id("swot-board"));
        assertThat(driver.findElements(By.cssSelector("#swot-quadrant-STRENGTH .swot-item"))).hasSize(7);
        assertThat(driver.findElements(By.cssSelector("#swot-quadrant-THREAT .swot-item"))).hasSize(2);
        assertThat(driver.getTitle()).isEqualTo("Analyse AFOM des OPSN · Métamut");
        screenshot("swot-board.png");

        driver.findElement(By.cssSelector("#swot-quadrant-WEAKNESS .swot-edit")).click();
        waitForVaadin();
        WebElement title = waitFor(By.id("swot-title"));
        assertThat(title.getAttribute("value")).startsWith("Information auprès des collectivités");
        screenshot("swot-dialog.png");

        // the first keys typed land in the first field, not on the dialog
        wait(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.activeElement !== null && document.activeElement.closest('#swot-title') !== null")));
        new Actions(driver).sendKeys(" (à revoir)").perform();
        wait(Duration.ofSeconds(10)).until(d -> title.getAttribute("value").contains("(à revoir)"));

        // Esc on a dialog with something typed asks first; "Annuler" keeps the dialog and the text
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        WebElement confirm = waitFor(By.id("confirm-dialog"));
        assertThat(confirm.getText()).contains("Abandonner la saisie ?");
        screenshot("swot-dialog-discard.png");
        driver.findElement(By.cssSelector("#confirm-dialog [slot=cancel-button]")).click();
        waitForVaadin();
        assertThat(title.getAttribute("value")).contains("(à revoir)");
        assertThat(driver.findElements(By.id("swot-dialog"))).isNotEmpty();
    }
}
