package fr.metamut.partnership.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.browser.BrowserTest;
import fr.metamut.support.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The partnerships page in real Chromium: the network SVG is drawn and a click on a node filters the list; the
 * partnership form reads dates the French way, says what is wrong on the field, and its picker speaks French.
 */
class PartnershipsBrowserTest extends BrowserTest {

    @Test
    void clicking_an_operator_in_the_drawn_network_filters_the_list() {
        login(TestUsers.COORDINATOR);
        open("partenariats");
        WebElement grid = waitFor(By.id("partnerships-grid"));
        wait(Duration.ofSeconds(30)).until(d -> grid.getText().contains("ATEXO"));
        assertThat(driver.findElements(By.cssSelector("#partnership-network svg circle"))).hasSize(9);
        screenshot("partnerships.png");

        driver.findElement(By.id("net-node-ADICA")).click();
        waitForVaadin();

        wait(Duration.ofSeconds(30)).until(d -> !grid.getText().contains("ATEXO"));
        assertThat(grid.getText()).contains("DPD mutualisé Adica – Adico");
        assertThat(driver.findElement(By.id("partnership-summary")).getText()).isEqualTo("1 partenariat affiché sur 3");
        screenshot("partnerships-adica.png");
    }

    @Test
    void a_director_opens_the_form_types_in_french_and_is_told_on_the_field_what_is_wrong() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        open("partenariats");
        waitFor(By.id("partnership-add")).click();
        waitForVaadin();

        WebElement parties = waitFor(By.id("partnership-operators"));
        assertThat(parties.getText()).contains("Somme Numérique");
        driver.findElement(By.id("dialog-save")).click();
        waitForVaadin();
        assertThat(waitFor(By.id("partnership-name")).getText()).contains("L’intitulé du partenariat est obligatoire.");
        screenshot("partnership-dialog.png");

        // a date the picker cannot read is said in French on the field, not only a red border
        WebElement endInput = driver.findElement(By.cssSelector("#partnership-end input"));
        // typing opens the calendar; Enter takes what was typed, as a keyboard user does
        endInput.sendKeys("32/13/2027", Keys.ENTER);
        waitForVaadin();
        wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("partnership-end")).getText()
                .contains("Date illisible : écrivez-la jj/mm/aaaa, par exemple 31/12/2027."));
        // a name over its limit is counted and refused on the field, not cut
        WebElement nameInput = driver.findElement(By.cssSelector("#partnership-name input"));
        ((JavascriptExecutor) driver).executeScript("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));""", nameInput, "x".repeat(2000));
        wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("partnership-name")).getText()
                .contains("200 caractères au plus (2\u202F000 saisis)."));
        assertThat(nameInput.getAttribute("value")).hasSize(2000);
        screenshot("partnership-dialog-errors.png");

        // the picker speaks French: month names, Monday first, "Aujourd’hui" and "Annuler"
        ((JavascriptExecutor) driver).executeScript("arguments[0].open()", driver.findElement(By.id("partnership-start")));
        wait(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('#partnership-start').opened === true")));
        String overlayText = (String) ((JavascriptExecutor) driver).executeScript("""
                const overlay = document.querySelector('vaadin-date-picker-overlay');
                const content = overlay && overlay.querySelector('vaadin-date-picker-overlay-content')
                    || document.querySelector('vaadin-date-picker-overlay-content');
                return content ? (content.innerText + ' ' + (content.shadowRoot ? content.shadowRoot.textContent : '')) : '';""");
        screenshot("partnership-date-picker.png");
        assertThat(overlayText).contains("Aujourd’hui", "Annuler");
    }
}
