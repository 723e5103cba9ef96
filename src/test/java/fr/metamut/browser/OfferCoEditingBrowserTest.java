package fr.metamut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.support.TestUsers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two users at once, in two Chromium browsers: what one does reaches the other's screen by server push,
 * without a reload (presence avatars, a field being edited, a saved value, the bell after a decision).
 */
class OfferCoEditingBrowserTest extends BrowserTest {

    private static final Duration PUSH = Duration.ofSeconds(30);

    @Autowired
    OfferFixtures fixtures;

    @Test
    void lead_and_partner_see_each_other_and_a_value_saved_by_one_appears_in_the_other_browser() throws IOException {
        JointOffer offer = fixtures.offerIn(OfferStatus.BROUILLON);
        WebDriver lead = driver;
        login(OfferFixtures.LEAD);
        open("offres/" + offer.getId());
        waitFor(By.id("offer-summary"));

        WebDriver partner = newBrowser();
        driver = partner;
        login(OfferFixtures.PARTNER);
        open("offres/" + offer.getId());
        waitFor(By.id("offer-summary"));

        wait(PUSH).until(d -> avatarNames().contains("Direction Somme Numérique"));
        driver = lead;
        wait(PUSH).until(d -> avatarNames().contains("Direction Adico"));

        // the partner enters the title field: the lead sees who is editing it
        driver = partner;
        driver.findElement(By.cssSelector("#offer-title input")).click();
        driver = lead;
        WebElement leadTitle = driver.findElement(By.id("offer-title"));
        wait(PUSH).until(d -> leadTitle.getAttribute("class").contains("being-edited"));
        assertThat(leadTitle.getText()).contains("En cours de modification par Direction Adico");
        screenshot("offer-co-editing.png");

        // the partner writes a summary and saves: it appears in the lead's browser, no reload
        driver = partner;
        WebElement summary = driver.findElement(By.cssSelector("#offer-summary textarea"));
        summary.clear();
        summary.sendKeys("Résumé écrit par Adico");
        click(driver.findElement(By.id("offer-save")));
        wait(PUSH).until(d -> "Résumé écrit par Adico".equals(property("offer-summary", "value")));
        driver = lead;
        wait(PUSH).until(d -> "Résumé écrit par Adico".equals(property("offer-summary", "value")));
        screenshot("offer-co-editing-saved.png");
    }

    @Test
    void the_leads_bell_counts_the_decision_of_the_coordinator_in_the_other_browser() throws IOException {
        JointOffer offer = fixtures.offerIn(OfferStatus.SOUMISE);
        WebDriver lead = driver;
        login(OfferFixtures.LEAD);
        waitFor(By.id("notification-bell-button"));
        int before = bellCount();

        WebDriver coordinator = newBrowser();
        driver = coordinator;
        login(TestUsers.COORDINATOR);
        open("offres/" + offer.getId());
        waitFor(By.id("offer-action-take")).click();
        waitFor(By.id("offer-action-validate")).click();
        waitFor(By.cssSelector("#rationale-text textarea")).sendKeys("Répond à l’absence d’archivage du 62");
        click(driver.findElement(By.id("rationale-confirm")));
        wait(PUSH).until(d -> d.findElement(By.id("offer-status")).getText().equals("Validée"));
        screenshot("offer-validated-by-coordinator.png");

        driver = lead;
        // taken for review, then validated: two notifications, pushed to the open page
        wait(PUSH).until(d -> bellCount() == before + 2);
        screenshot("offer-bell-count.png");
        driver.findElement(By.id("notification-bell-button")).click();
        WebElement list = waitFor(By.id("notification-list"));
        wait(PUSH).until(d -> list.getText().contains("Coordination Région a validé l’offre « " + offer.getTitle() + " »."));
        assertThat(list.getText()).contains("Coordination Région a pris l’offre « " + offer.getTitle() + " » en instruction.");
        screenshot("offer-bell.png");
    }

    /** The bell's number; with no unread notification the count is hidden, and Vaadin does not render it. */
    private int bellCount() {
        List<WebElement> count = driver.findElements(By.id("notification-count"));
        String text = count.isEmpty() || !count.getFirst().isDisplayed() ? "" : count.getFirst().getText().strip();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** Clicks a button that may be below the fold of the window. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    @SuppressWarnings("unchecked")
    private List<String> avatarNames() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "const g = document.getElementById('offer-presence');"
                        + "return g && g.items ? g.items.map(i => i.name) : [];");
    }

    private Object property(String id, String name) {
        return ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e[arguments[1]] : null;", id, name);
    }
}
