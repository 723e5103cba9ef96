package fr.metamut.partnership.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.browser.BrowserTest;
import fr.metamut.support.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The partnership network in real Chromium: the SVG is drawn and a click on a node filters the list. */
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
    void a_director_opens_the_form_with_their_operator_already_among_the_parties() {
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
    }
}
