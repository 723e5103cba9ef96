package fr.metamut.swot.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.browser.BrowserTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The SWOT board as a browser draws it: four quadrants with the report's items. */
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
        assertThat(waitFor(By.id("swot-title")).getAttribute("value")).startsWith("Information auprès des collectivités");
        screenshot("swot-dialog.png");
    }
}
